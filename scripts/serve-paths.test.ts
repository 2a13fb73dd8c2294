import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the server, without type declarations
import { isNavigation, pathSegments, resolveRequest } from './serve-paths.mjs';

type Resolved = { full: string | undefined; status: number };
const resolveIn = resolveRequest as (root: string, rawPath: string, headers?: Record<string, string>) => Resolved;

// A build as vite writes it, with what must never be served next to it: the server bundle in a sibling folder
// whose name starts with "dist", a secret above it, Vite's manifest, a source map and a symbolic link out.
let base: string;
let root: string;
const PAGE = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const SCRIPT = { accept: '*/*' };

function put(path: string, text = path) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'serve-paths-'));
  root = join(base, 'dist');
  for (const file of [
    'index.html',
    'shell.html',
    'sw.js',
    'manifest.webmanifest',
    'assets/index-abc123.js',
    'assets/index-abc123.js.map',
    '.vite/manifest.json',
    '.env.txt',
    'plan/liaocheng.html',
    'plan/liaocheng/ask/aid.html',
    'plan/tianjin/index.html',
    'plan/liaocheng/primary/none/local/no.html',
    'ocr/7.0.0-abcd1234/worker.min.js',
    'ocr/7.0.0-abcd1234/tesseract-core-simd-lstm.wasm',
    'ocr/7.0.0-abcd1234/chi_sim.traineddata.gz',
  ])
    put(join(root, file));
  put(join(base, 'dist-ssr/entry-server.js'), 'server bundle');
  put(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'link.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const served = (rawPath: string, headers: Record<string, string> = SCRIPT) => {
  const { full, status } = resolveIn(root, rawPath, headers);
  return {
    file: full ? full.slice(root.length + 1).replaceAll('\\', '/') : undefined,
    status,
    outside: Boolean(full && !full.startsWith(root)),
  };
};

describe('files of the site', () => {
  it.each([
    ['/', 'index.html'],
    ['/?region=liaocheng&school=x', 'index.html'],
    ['/sw.js', 'sw.js'],
    ['/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['/manifest.webmanifest', 'manifest.webmanifest'],
    ['/plan/liaocheng', 'plan/liaocheng.html'],
    ['/plan/liaocheng/', 'plan/liaocheng.html'],
    ['/plan/liaocheng?stage=primary', 'plan/liaocheng.html'],
    ['/plan/liaocheng/ask/aid?stage=junior', 'plan/liaocheng/ask/aid.html'],
    ['/plan/tianjin', 'plan/tianjin/index.html'],
    ['/plan/%6c%69aocheng', 'plan/liaocheng.html'],
    // An old plan link gets its plan's file, with or without the slash (as pageKeyPath in app/policies/answers/links.ts).
    ['/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no', 'plan/liaocheng/primary/none/local/no.html'],
    ['/plan/liaocheng/?stage=primary&insured=none&residency=local&aid=no', 'plan/liaocheng/primary/none/local/no.html'],
    ['/plan/liaocheng/primary/none/local/no.html?x=1', 'plan/liaocheng/primary/none/local/no.html'],
  ])('%s → %s', (path, file) => {
    expect(served(path)).toEqual({ file, status: 200, outside: false });
    expect(served(path, PAGE)).toEqual({ file, status: 200, outside: false });
  });
});

describe('nothing outside the site, whatever the encoding', () => {
  const attacks = [
    '/..%2fdist-ssr%2fentry-server.js',
    '/..%2Fdist-ssr%2Fentry-server.js',
    '/%2e%2e%2fdist-ssr%2fentry-server.js',
    '/%2E%2E/dist-ssr/entry-server.js',
    '/..%5cdist-ssr%5centry-server.js',
    '/..%255cdist-ssr%255centry-server.js',
    '/..%252fdist-ssr%252fentry-server.js',
    '/%252e%252e%252fdist-ssr%252fentry-server.js',
    '/../dist-ssr/entry-server.js',
    '/assets/..%2f..%2fdist-ssr%2fentry-server.js',
    '/assets/%2e%2e/%2e%2e/dist-ssr/entry-server.js',
    '/assets/..%2F..%2Fsecret.txt',
    '/plan/..%2f..%2fdist-ssr%2fentry-server.js',
    '/plan/%2e%2e/%2e%2e/secret.txt',
    '/plan/liaocheng%2f..%2f..%2f..%2fsecret.txt',
    '/assets/index-abc123.js%00.html',
    '//etc/passwd.txt',
    '/.vite/manifest.json',
    '/%2evite/manifest.json',
    '/.env.txt',
    '/assets/index-abc123.js.map',
    '/link.txt',
  ];

  it.each(attacks)('%s: a script gets 404', (path) => {
    expect(served(path)).toEqual({ file: undefined, status: 404, outside: false });
  });

  it.each(attacks)('%s: a page gets the app shell, nothing else', (path) => {
    expect(served(path, PAGE)).toEqual({ file: 'shell.html', status: 200, outside: false });
  });
});

describe('navigations always get the app; only files get 404', () => {
  it.each([
    '/plan/%FF',
    '/plan/%FF%FE?stage=primary',
    '/plan/%',
    '/plan/liao.cheng?stage=primary',
    '/plan/liaocheng/ask/aid.x',
    '/no/such/page',
    '/assets/no-such-chunk.js',
    '/favicon.ico',
  ])('a page at %s → the shell', (path) => {
    expect(served(path, PAGE)).toEqual({ file: 'shell.html', status: 200, outside: false });
  });

  it.each(['/plan/liao.cheng?x', '/plan/%FF', '/no/such/page', '/plan/liaocheng/ask/aid.x'])(
    'a fetch of %s, not a file → the shell',
    (path) => {
      expect(served(path)).toEqual({ file: 'shell.html', status: 200, outside: false });
    },
  );

  it.each(['/assets/no-such-chunk.js', '/assets/x.css', '/favicon.ico', '/plan/liaocheng.js', '/index.php', '/assets/%FF.js'])(
    'a fetch of the file %s → 404',
    (path) => {
      expect(served(path)).toEqual({ file: undefined, status: 404, outside: false });
    },
  );

  it('a 20 000-character link is answered like a short one', () => {
    expect(served(`/plan/liaocheng?stage=${'a'.repeat(20_000)}`, PAGE).file).toBe('plan/liaocheng.html');
    expect(served(`/plan/liaocheng/check?stage=${'%FF'.repeat(7_000)}`, PAGE).file).toBe('shell.html');
  });

  it('tells a navigation by its Accept or Fetch Metadata', () => {
    expect(isNavigation(PAGE)).toBe(true);
    expect(isNavigation({ 'sec-fetch-dest': 'document' })).toBe(true);
    expect(isNavigation({ 'sec-fetch-mode': 'navigate' })).toBe(true);
    expect(isNavigation(SCRIPT)).toBe(false);
    expect(isNavigation({})).toBe(false);
  });
});

describe('pathSegments', () => {
  it('decodes each segment once and refuses separators, dot segments and controls', () => {
    expect(pathSegments('/plan/%E8%81%8A%E5%9F%8E?x=1')).toEqual(['plan', '聊城']);
    for (const bad of ['/a%2fb', '/a%2Fb', '/a%5Cb', '/a%252fb', '/%2e%2e', '/..', '/.', '/a/%00', '/a%0a', '/%FF', 'no-slash', '//x'])
      expect(pathSegments(bad), bad).toBeUndefined();
  });
});

describe('npm start (scripts/serve.mjs)', () => {
  let server: ChildProcess;
  let origin: string;
  beforeAll(async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    origin = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        const found = chunk.toString().match(/http:\/\/[\d.]+:\d+/);
        if (found) resolve(found[0]);
      });
      server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
  });
  afterAll(() => server?.kill());

  /** A GET with the request target sent as it is. */
  const get = (path: string, headers: Record<string, string> = PAGE) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(origin);
      const req = httpRequest({ host: hostname, port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end();
    });

  it('answers a link up to 256 KB with the page', async () => {
    const page = await get(`/plan/liaocheng?stage=primary&utm=${'x'.repeat(200_000)}`);
    expect(page.status).toBe(200);
    expect(page.body).toBe(join(root, 'plan/liaocheng.html'));
  });

  it('answers a request line over the limit with a page saying so, and the security headers', async () => {
    const refused = await get(`/plan/liaocheng?stage=primary&utm=${'x'.repeat(300_000)}`);
    expect(refused.status).toBe(431);
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(refused.headers['x-frame-options']).toBe('DENY');
    expect(refused.headers['referrer-policy']).toBe('no-referrer');
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.body).toContain('链接太长');
  });

  it('lets only the OCR engine compile WebAssembly: /ocr/ responses carry the wider CSP, pages and assets do not', async () => {
    const worker = await get('/ocr/7.0.0-abcd1234/worker.min.js', { ...SCRIPT, 'accept-encoding': 'gzip' });
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(worker.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(worker.headers['cache-control']).toContain('immutable');
    const wasm = await get('/ocr/7.0.0-abcd1234/tesseract-core-simd-lstm.wasm', { ...SCRIPT, 'accept-encoding': 'gzip' });
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['content-encoding']).toBe('gzip');
    expect(wasm.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    // The data is gzipped already and the engine gunzips it: sent as it is, with no Content-Encoding.
    const data = await get('/ocr/7.0.0-abcd1234/chi_sim.traineddata.gz', { ...SCRIPT, 'accept-encoding': 'gzip' });
    expect(data.status).toBe(200);
    expect(data.headers['content-type']).toBe('application/octet-stream');
    expect(data.headers['content-encoding']).toBeUndefined();
    expect(data.body).toBe(join(root, 'ocr/7.0.0-abcd1234/chi_sim.traineddata.gz'));
    for (const path of ['/', '/letter', '/school', '/assets/index-abc123.js']) {
      const other = await get(path, path.startsWith('/assets/') ? SCRIPT : PAGE);
      expect(other.status, path).toBe(200);
      expect(other.headers['content-security-policy'], path).toContain("script-src 'self';");
      expect(other.headers['content-security-policy'], path).not.toContain('wasm');
    }
  });
});
