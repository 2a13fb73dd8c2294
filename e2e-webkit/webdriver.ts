// A small W3C WebDriver client over fetch: just the commands the WebKit suite needs (no npm package).
// Spec: https://www.w3.org/TR/webdriver2/ — every command is an HTTP request; errors come back as
// { value: { error, message } } with a 4xx/5xx status.

/** The key under which WebDriver serialises a DOM element. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export type ElementRef = { [ELEMENT_KEY]: string };

export class WebDriverError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
  ) {
    super(`${command}: ${error}: ${message}`);
  }
}

async function request<T>(method: string, url: string, body?: unknown, timeoutMs = 120_000): Promise<T> {
  // A command the driver never answers is named in the failure (which one hung is the first clue).
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((error: unknown) => {
    const path = new URL(url).pathname.replace(/^\/session\/[^/]+/, '');
    throw new WebDriverError(
      `${method} ${path || '/'}`,
      'no answer',
      `${error instanceof Error ? error.message : String(error)} (${timeoutMs / 1000}s)`,
    );
  });
  const text = await response.text();
  let json: { value?: unknown };
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${url}`, `HTTP ${response.status}`, text.slice(0, 200));
  }
  if (!response.ok) {
    const value = (json.value ?? {}) as { error?: string; message?: string };
    throw new WebDriverError(
      `${method} ${new URL(url).pathname}`,
      value.error ?? `HTTP ${response.status}`,
      value.message ?? text.slice(0, 200),
    );
  }
  return json.value as T;
}

export const isElement = (value: unknown): value is ElementRef => typeof value === 'object' && value !== null && ELEMENT_KEY in value;

/** Special keys of the WebDriver key table (https://www.w3.org/TR/webdriver2/#keyboard-actions). */
export const Keys = { NULL: '\uE000', BACKSPACE: '\uE003', TAB: '\uE004', ENTER: '\uE007', CONTROL: '\uE009', DELETE: '\uE017' } as const;

export class Session {
  private constructor(
    readonly driverUrl: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  /** New session: `capabilities` go in alwaysMatch (e.g. webkitgtk:browserOptions). */
  static async create(driverUrl: string, capabilities: Record<string, unknown>, timeoutMs?: number): Promise<Session> {
    const value = await request<{ sessionId: string; capabilities: Record<string, unknown> }>(
      'POST',
      `${driverUrl}/session`,
      { capabilities: { alwaysMatch: capabilities } },
      timeoutMs,
    );
    return new Session(driverUrl, value.sessionId, value.capabilities);
  }

  private command<T>(method: string, path: string, body?: unknown): Promise<T> {
    return request<T>(method, `${this.driverUrl}/session/${this.id}${path}`, body);
  }

  async delete(): Promise<void> {
    await request('DELETE', `${this.driverUrl}/session/${this.id}`, undefined, 30_000);
  }

  /** Navigates and waits for the load event (pageLoadStrategy "normal"). */
  navigate(url: string): Promise<void> {
    return this.command('POST', '/url', { url });
  }

  currentUrl(): Promise<string> {
    return this.command('GET', '/url');
  }

  refresh(): Promise<void> {
    return this.command('POST', '/refresh', {});
  }

  back(): Promise<void> {
    return this.command('POST', '/back', {});
  }

  title(): Promise<string> {
    return this.command('GET', '/title');
  }

  setWindowRect(rect: { width: number; height: number; x?: number; y?: number }): Promise<unknown> {
    return this.command('POST', '/window/rect', rect);
  }

  setTimeouts(timeouts: { script?: number; pageLoad?: number; implicit?: number }): Promise<void> {
    return this.command('POST', '/timeouts', timeouts);
  }

  /** Elements matching a CSS selector (the "css selector" strategy), optionally inside `from`. */
  findAll(selector: string, from?: ElementRef): Promise<ElementRef[]> {
    const path = from ? `/element/${from[ELEMENT_KEY]}/elements` : '/elements';
    return this.command('POST', path, { using: 'css selector', value: selector });
  }

  /** Runs a function body in the page; `arguments[i]` are `args`, elements come back as ElementRef. */
  execute<T>(script: string, ...args: unknown[]): Promise<T> {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Like execute, but the script calls `arguments[arguments.length - 1](result)` when done. */
  executeAsync<T>(script: string, ...args: unknown[]): Promise<T> {
    return this.command('POST', '/execute/async', { script, args });
  }

  /** A real click: scrolls into view and sends pointer events at the element's centre (fails if covered). */
  click(element: ElementRef): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/click`, {});
  }

  /** Types text into the element as key events (focusing it first). */
  sendKeys(element: ElementRef, text: string): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/value`, { text });
  }

  clear(element: ElementRef): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/clear`, {});
  }

  property<T>(element: ElementRef, name: string): Promise<T> {
    return this.command('GET', `/element/${element[ELEMENT_KEY]}/property/${encodeURIComponent(name)}`);
  }

  text(element: ElementRef): Promise<string> {
    return this.command('GET', `/element/${element[ELEMENT_KEY]}/text`);
  }

  /** The viewport as a PNG. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.command<string>('GET', '/screenshot'), 'base64');
  }
}
