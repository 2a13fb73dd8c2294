// Starts scripts/serve.mjs on a build and resolves once it listens: the one way scripts (lighthouse, bench-lcp) and
// tests that need a server of their own (a copy of the build to "deploy" to) start it. Plain JavaScript, so Node
// runs it without a build step; types in start-server.d.mts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/**
 * Serves `root` (default dist/) on `port` (0: a free one) and resolves with the origin it listens on
 * (`http://127.0.0.1:4175`, no trailing slash) and `stop()`, which ends the server and resolves once it has exited.
 * Rejects when the server exits first (with its error output) or has not said where it listens within `timeoutMs`.
 */
export async function startServer({ port = 0, root = 'dist', host = '127.0.0.1', extraArgs = [], timeoutMs = 30_000 } = {}) {
  const child = spawn(process.execPath, [SERVE, '--dir', root, '--port', String(port), '--host', host, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  try {
    const url = await new Promise((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`serve.mjs did not start within ${timeoutMs} ms`)), timeoutMs);
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        // serve.mjs says `serving <root> at http://<host>:<port>/`, naming the real port when asked for 0.
        const found = stdout.match(/ at (http:\/\/[^/\s]+)\//);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`serve.mjs exited (${signal ?? code}) before listening: ${stderr.trim()}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
