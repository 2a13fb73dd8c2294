#!/usr/bin/env node
// Serves the production build (dist/) the way the service worker does, so deep links work without it too:
//   a file that exists → that file; /path → /path.html when prerendered; another navigation → /shell.html;
//   a missing file (anything with an extension) → 404, never the shell.
// Cache headers as a static host should send them: HTML, sw.js and the manifest are revalidated every time,
// hashed assets are immutable. Text is gzipped. Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 4173));
const host = arg('host', '127.0.0.1');
const root = resolve(arg('dir', 'dist'));

if (!existsSync(join(root, 'shell.html'))) {
  console.error(`serve: ${root}/shell.html is missing; run \`npm run build\` first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const cache = new Map();

function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path.endsWith('.html') || path === '/sw.js' || path.startsWith('/workbox-') || path.endsWith('.webmanifest')) return 'no-cache';
  return 'public, max-age=3600';
}

function file(relative) {
  const full = normalize(join(root, relative));
  if (!full.startsWith(root)) return undefined;
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/** Which file answers a path, and with what status. */
export function resolvePath(pathname) {
  const direct = file(pathname === '/' ? 'index.html' : pathname);
  if (direct) return { full: direct, status: 200 };
  if (extname(pathname)) return { full: undefined, status: 404 };
  const prerendered = file(`${pathname.replace(/\/+$/, '')}.html`);
  return { full: prerendered ?? file('shell.html'), status: 200 };
}

/** An old plan link (/plan/<region>?stage=…&insured=…&residency=…&aid=…) gets its plan's prerendered file. */
export function planFileForQuery(pathname, search) {
  const region = /^\/plan\/([a-z-]+)\/?$/.exec(pathname)?.[1];
  if (!region) return undefined;
  const params = new URLSearchParams(search);
  const answers = ['stage', 'insured', 'residency', 'aid'].map((field) => params.get(field) ?? '');
  if (!answers.every((value) => /^[a-z-]+$/.test(value))) return undefined;
  return file(`/plan/${region}/${answers.join('/')}.html`);
}

createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const planFile = planFileForQuery(pathname, new URL(req.url ?? '/', 'http://x').search);
  const { full, status } = planFile ? { full: planFile, status: 200 } : resolvePath(pathname);
  if (!full) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
    return;
  }
  const ext = extname(full);
  const servedPath = '/' + full.slice(root.length + 1);
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  // Only hashed assets are kept in memory: HTML and sw.js are read afresh, as a redeploy would change them.
  const immutable = servedPath.startsWith('/assets/');
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
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}/`));
