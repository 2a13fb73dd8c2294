// startServer (start-server.mjs): serves a build on a free port and says where, stops for good, and a server that
// cannot start is an error that says why, not a hang.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './start-server.mjs';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'start-server-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>start page</title>');
  writeFileSync(join(root, 'shell.html'), '<!doctype html><title>shell</title>');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('startServer', { timeout: 30_000 }, () => {
  it('serves the build on a free port, and nothing answers there after stop()', async () => {
    const server = await startServer({ root });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('start page');
    // A deep link gets the shell, as in production.
    expect(await (await fetch(`${server.url}/plan/x/y`, { headers: { accept: 'text/html' } })).text()).toContain('shell');
    await server.stop();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
    await server.stop(); // a second stop is harmless
  });

  it('rejects with the server’s own words when there is no build to serve', async () => {
    await expect(startServer({ root: join(root, 'missing') })).rejects.toThrow(/npm run build/);
  });

  it('rejects when the port is taken', async () => {
    const first = await startServer({ root });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer({ root, port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.stop();
    }
  });
});
