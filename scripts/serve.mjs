#!/usr/bin/env node
// Serves the production build (dist/) the way the service worker does, so deep links work without it too:
//   a file of the site → that file; /path → /path.html when prerendered; any navigation (a request for a page,
//   even a malformed or unknown one) → /shell.html, and the app explains; a missing file → 404, never the shell.
//   Nothing outside the site is served (see serve-paths.mjs).
// Headers as a static host should send them: HTML, sw.js and the manifest are revalidated every time, hashed
// assets are immutable, and every response carries the security headers. Text is gzipped.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--dir dist] [--script-src-extra "'sha256-…'"]
import { createServer } from 'node:http';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { resolveRequest, TYPES } from './serve-paths.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    'script-src-extra': { type: 'string', default: '' },
  },
});
const port = Number(args.port);
const host = args.host;
const root = resolve(args.dir);

if (!existsSync(join(root, 'shell.html'))) {
  console.error(`serve: ${root}/shell.html is missing; run \`npm run build\` first`);
  process.exit(1);
}
const realRoot = realpathSync(root);

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.wasm']);
const cache = new Map();

function cacheControl(path) {
  // The OCR engine's folder is named by its version (/ocr/<version>/): a new engine is a new folder.
  if (path.startsWith('/assets/') || path.startsWith('/ocr/')) return 'public, max-age=31536000, immutable';
  if (path.endsWith('.html') || path === '/sw.js' || path.startsWith('/workbox-') || path.endsWith('.webmanifest')) return 'no-cache';
  return 'public, max-age=3600';
}

// The page's meta tag cannot say who may frame the app (frame-ancestors) nor be trusted alone: the header can.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-ancestors 'none'";
// The OCR engine's files (/ocr/, loaded by "拍照或选图片") and only they may compile WebAssembly: the engine's worker
// is a dedicated worker loaded from its own URL, which runs under the CSP of that response, not the page's. Pages keep
// theirs ('wasm-unsafe-eval' only, never 'unsafe-eval': no string of JavaScript is ever evaluated).
export const OCR_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
// For test harnesses only: one more script source, e.g. the WebKit suite's fixed clock (an inline script it allows
// by its hash in the page's meta tag, which this header would otherwise still block).
const extraScriptSource = args['script-src-extra'];
const withExtra = (csp) => (extraScriptSource ? csp.replace("script-src 'self'", `script-src 'self' ${extraScriptSource}`) : csp);
const SECURITY = {
  'Content-Security-Policy': withExtra(CSP),
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

// A link carries all the answers in its query; Node's 16 KB default would answer a long one with 431 and the
// browser's error page. The browser's own URL limit (2 MB in Chromium) is far above any real link.
const MAX_HEADER_SIZE = 256 * 1024;

const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE }, (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY, Allow: 'GET, HEAD' }).end();
    return;
  }
  const { full, status } = resolveRequest(root, req.url ?? '/', req.headers);
  if (!full) {
    res.writeHead(404, { ...SECURITY, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
    return;
  }
  const ext = extname(full);
  const servedPath = '/' + relative(realRoot, full).split(/[\\/]/).join('/');
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  // Only hashed assets and the versioned OCR engine are kept in memory: HTML and sw.js are read afresh, as a
  // redeploy would change them.
  const ocr = servedPath.startsWith('/ocr/');
  const immutable = servedPath.startsWith('/assets/') || ocr;
  const key = `${full}:${gzip}`;
  let body = immutable ? cache.get(key) : undefined;
  if (!body) {
    body = readFileSync(full);
    if (gzip) body = gzipSync(body, { level: 9 });
    if (immutable) cache.set(key, body);
  }
  res.writeHead(status, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(servedPath),
    'Content-Length': body.length,
    ...SECURITY,
    ...(ocr ? { 'Content-Security-Policy': withExtra(OCR_CSP) } : {}),
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});
// A request Node refuses before it reaches the handler (a request line or headers over the limit, a malformed
// request) still gets a page with the security headers, not Node's bare status line: Chromium would show its own
// error page, with nothing to say what happened.
const REFUSED_PAGE = (title, line) =>
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title></head><body><h1>${title}</h1><p>${line}</p><p><a href="/">打开首页 Open the start page</a></p></body></html>`;
server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLong = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLong ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = Buffer.from(
    tooLong
      ? REFUSED_PAGE(
          '链接太长，打不开',
          '请让发链接的人重新分享一次，或从首页重新选择。The link is too long to open: ask for it again, or start again from the start page.',
        )
      : REFUSED_PAGE('链接有误，打不开', '请从首页重新选择。The link could not be read: start again from the start page.'),
  );
  const headers = {
    'Content-Type': TYPES['.html'],
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...SECURITY,
    Connection: 'close',
  };
  const head = `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(head), body]));
});
// --port 0 picks a free port; the line names the real one, for tests that start their own server.
server.listen(port, host, () => console.log(`serving ${root} at http://${host}:${server.address().port}/`));
