// What a test does with a page, in a parent's terms: open a link, tap a choice by its label, a button by its
// visible text, type into a field named by its label, read the page's text. Selectors never use CSS classes or
// the order of blocks, so a redesign of the page keeps them working.
import { Keys, type ElementRef, type Session } from './webdriver.ts';

export class AssertionError extends Error {}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

// In-page helpers, prepended to every script that finds something. `norm` collapses whitespace the way a
// reader sees text; `visible` skips elements with no box (display: none, hidden details, closed menus).
const HELPERS = `
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const within = (root) => root || document;
`;

export class Page {
  constructor(
    readonly session: Session,
    readonly origin: string,
  ) {}

  async goto(path: string): Promise<void> {
    await this.session.navigate(path.startsWith('http') ? path : `${this.origin}${path}`);
  }

  run<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.session.execute<T>(HELPERS + body, ...args);
  }

  /** Polls `probe` until it returns something truthy; fails naming `what` and the last value seen. */
  async waitFor<T>(what: string, probe: () => Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      try {
        last = await probe();
        if (last) return last as NonNullable<T>;
      } catch (error) {
        last = error instanceof Error ? error.message : error;
      }
      if (Date.now() > deadline) {
        throw new AssertionError(
          `timed out after ${timeoutMs / 1000}s waiting for ${what} (on ${await this.url().catch(() => '?')}; last: ${JSON.stringify(last)?.slice(0, 300)})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  url(): Promise<string> {
    return this.run('return location.href');
  }

  /** Path and query, e.g. /plan/liaocheng?stage=primary. */
  path(): Promise<string> {
    return this.run('return location.pathname + location.search');
  }

  text(): Promise<string> {
    return this.run('return document.body ? document.body.innerText : ""');
  }

  h1(): Promise<string> {
    return this.run('const h = document.querySelector("main h1, h1"); return h ? norm(h.innerText) : ""');
  }

  async waitForH1(what: string, test: (h1: string) => boolean, timeoutMs?: number): Promise<string> {
    return this.waitFor(
      `h1 ${what}`,
      async () => {
        const h1 = await this.h1();
        return test(h1) ? h1 || ' ' : '';
      },
      timeoutMs,
    );
  }

  async waitForText(fragment: string, timeoutMs?: number): Promise<void> {
    await this.waitFor(`“${fragment}” in the page`, async () => (await this.text()).includes(fragment), timeoutMs);
  }

  /** The form control a label names (exact text, or the label's first line when it carries a hint). */
  findField(label: string, scope?: ElementRef): Promise<ElementRef | null> {
    return this.run<ElementRef | null>(
      `const [text, scope] = arguments;
       const labels = [...within(scope).querySelectorAll('label')].filter(visible);
       const match = labels.find((l) => norm(l.innerText) === text) || labels.find((l) => norm(l.innerText.split('\\n')[0]) === text);
       if (match) return match.control || match.querySelector('input, textarea, select');
       const aria = [...within(scope).querySelectorAll('input, textarea, select')].find((el) => el.getAttribute('aria-label') === text);
       return aria || null;`,
      label,
      scope ?? null,
    );
  }

  /** The label a parent taps for a choice (a radio's label; tapping it checks the radio). */
  findLabel(text: string, scope?: ElementRef): Promise<ElementRef | null> {
    return this.run<ElementRef | null>(
      `const [text, scope] = arguments;
       return [...within(scope).querySelectorAll('label')].filter(visible).find((l) => norm(l.innerText) === text) || null;`,
      text,
      scope ?? null,
    );
  }

  /** A button, link or summary with this visible text (or accessible name from aria-label). */
  findButton(text: string, scope?: ElementRef): Promise<ElementRef | null> {
    return this.run<ElementRef | null>(
      `const [text, scope] = arguments;
       const all = [...within(scope).querySelectorAll('button, a[href], summary, [role=button], input[type=submit]')].filter(visible);
       return all.find((el) => norm(el.innerText || el.value) === text) || all.find((el) => el.getAttribute('aria-label') === text) || null;`,
      text,
      scope ?? null,
    );
  }

  /** Taps the one-line summary that starts with `text` unless its disclosure is open; returns the opened block. */
  async openDisclosure(text: string): Promise<ElementRef> {
    const summary = await this.waitFor(`a line starting “${text}”`, () =>
      this.run<ElementRef | null>(
        `const [text] = arguments;
         return [...document.querySelectorAll('details > summary')].filter(visible).find((s) => norm(s.innerText).startsWith(text)) || null;`,
        text,
      ),
    );
    if (!(await this.run<boolean>('return arguments[0].parentElement.open', summary))) await this.session.click(summary);
    await this.waitFor(`“${text}…” to open`, () => this.run<boolean>('return arguments[0].parentElement.open', summary));
    return this.run<ElementRef>('return arguments[0].parentElement', summary);
  }

  async field(label: string, scope?: ElementRef): Promise<ElementRef> {
    return this.waitFor(`a field labelled “${label}”`, () => this.findField(label, scope));
  }

  async tapLabel(text: string, scope?: ElementRef): Promise<void> {
    const label = await this.waitFor(`a choice labelled “${text}”`, () => this.findLabel(text, scope));
    await this.session.click(label);
  }

  async tapButton(text: string, scope?: ElementRef): Promise<void> {
    const button = await this.waitFor(`a button or link “${text}”`, () => this.findButton(text, scope));
    await this.session.click(button);
  }

  /** Replaces a text field's content by typing, as a person does (select all, delete, type). */
  async type(field: ElementRef, text: string): Promise<void> {
    await this.session.click(field);
    await this.session.sendKeys(field, `${Keys.CONTROL}a${Keys.NULL}${Keys.BACKSPACE}`);
    if (text) await this.session.sendKeys(field, text);
  }

  async value(field: ElementRef): Promise<string> {
    return this.session.property<string>(field, 'value');
  }

  /** Text of an element (innerText, whitespace collapsed). */
  async textOf(element: ElementRef): Promise<string> {
    return this.run<string>('return norm(arguments[0].innerText)', element);
  }

  /** How far the page scrolls sideways (0 when nothing sticks out of the screen). */
  overflowX(): Promise<number> {
    return this.run('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
  }
}
