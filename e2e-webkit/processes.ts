// The processes the WebKit suite starts: the app server (scripts/serve.mjs) and WebKitWebDriver under xvfb-run.
// Each runs in its own process group, so stopping it stops what it started (Xvfb, MiniBrowser).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const started = new Set<ChildProcess>();
// Last resort on any exit path (an uncaught error, Ctrl-C): nothing may be left running.
process.once('exit', () => {
  for (const child of started) signal(child, 'SIGKILL');
});

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, name);
  } catch {
    // already gone
  }
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; log: () => string } {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  started.add(child);
  child.on('exit', () => started.delete(child));
  let text = '';
  const keep = (chunk: Buffer) => (text = (text + chunk.toString()).slice(-2000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, log: () => text };
}

/** Stops a process and what it started (SIGTERM, then SIGKILL after 5 s). */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  signal(child, 'SIGTERM');
  const timer = setTimeout(() => signal(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Rejects when `child` fails to start or exits, naming `what` and its last output. */
function failure(child: ChildProcess, what: string, log: () => string, hint: string): Promise<never> {
  return new Promise((_, reject) => {
    child.on('error', (error) => reject(new Error(`${what} could not start: ${error.message} (${hint})`)));
    child.on('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready: ${log() || 'no output'} (${hint})`)));
  });
}

/** scripts/serve.mjs over `dir` on 127.0.0.1:`port`, allowing one more script source (the fixed clock); resolves once serving. */
export async function startServer(dir: string, port: number, scriptSource: string): Promise<ChildProcess> {
  const { child, log } = start(process.execPath, [
    'scripts/serve.mjs',
    '--dir',
    dir,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--script-src-extra',
    scriptSource,
  ]);
  const serving = new Promise<void>((resolve) =>
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('serving') && resolve()),
  );
  const failed = failure(child, `the app server on ${port}`, log, 'is the port free?');
  await Promise.race([serving, failed, timeout(20_000, () => `the app server on ${port} did not start: ${log()}`)]);
  failed.catch(() => undefined); // once serving, a later exit shows in the tests' own failures
  return child;
}

/** WebKitWebDriver on 127.0.0.1:`port` on a virtual X display; resolves once its /status says ready. */
export async function startDriver(port: number): Promise<ChildProcess> {
  // A 24-bit screen big enough for the window; -a picks a free display number. The page's language and time zone
  // as a parent in mainland China has them (the Chromium project: locale zh-CN, Asia/Shanghai).
  const { child, log } = start(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'],
    { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'zh_CN', TZ: 'Asia/Shanghai' },
  );
  const failed = failure(child, 'xvfb-run WebKitWebDriver', log, 'install the Debian packages xvfb and webkit2gtk-driver');
  let waiting = true;
  const ready = (async () => {
    while (waiting) {
      const status = await fetch(`http://127.0.0.1:${port}/status`)
        .then((r) => r.json() as Promise<{ value?: { ready?: boolean } }>)
        .catch(() => undefined);
      if (status?.value?.ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  try {
    await Promise.race([ready, failed, timeout(30_000, () => `WebKitWebDriver did not answer on 127.0.0.1:${port} within 30 s: ${log()}`)]);
  } finally {
    waiting = false;
  }
  failed.catch(() => undefined);
  return child;
}

function timeout(ms: number, message: () => string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message())), ms).unref());
}
