// Which file of the build answers a request, for scripts/serve.mjs. Pure apart from reading the file system, so
// it is unit tested (serve-paths.test.ts). The rules, the same as the service worker's:
//   - a file of the site that exists → that file; /path → /path.html (or /path/index.html) when prerendered,
//     nested folders included;
//   - a navigation (the browser asks for a page: Accept text/html) → the app shell, status 200, whatever the path
//     (malformed, hostile or unknown): the app then explains the problem;
//   - any other request for a file that is not there (/assets/x.js) → 404, never the shell.
// Only files of the site are ever served: inside the root (checked on resolved, real paths), of a known type, no
// dot-folder or dot-file (/.vite/manifest.json), no source map. A path segment that decodes to a separator, a dot
// segment or a control character (%2f, %5c, %2e%2e, %00, and the same double encoded) finds no file at all.
import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const TYPES = {
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
  // The OCR engine (dist/ocr/): WebAssembly, and the language data, gzipped by its maker and sent as it is (the
  // engine gunzips it itself: a Content-Encoding would have the browser do it first and the engine fail).
  '.wasm': 'application/wasm',
  '.gz': 'application/octet-stream',
};

// What a request for a file looks like: the last segment ends in a web file type. "liao.cheng" does not.
const FILE_REQUEST =
  /\.(?:html?|m?js|css|json|webmanifest|map|svg|png|ico|txt|ics|jpe?g|gif|webp|avif|woff2?|ttf|otf|xml|wasm|pdf|zip|gz|br|env|php|ts|tsx)$/i;

/** A request the browser makes to show a page (its Accept names HTML, or Fetch Metadata says so). */
export function isNavigation(headers = {}) {
  return (
    /\btext\/html\b/i.test(headers.accept ?? '') || headers['sec-fetch-dest'] === 'document' || headers['sec-fetch-mode'] === 'navigate'
  );
}

/** The decoded segments of a raw request path, or undefined when any is malformed or unsafe. */
export function pathSegments(rawPath) {
  const path = String(rawPath ?? '').split(/[?#]/, 1)[0];
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  const segments = [];
  for (const raw of path.slice(1).split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined; // %FF, a lone %, an unfinished sequence
    }
    // Separators, NUL and controls, and what would decode to them a second time (%252f, %255c, %252e, %2500).
    if (/[/\\\u0000-\u001f\u007f]/.test(segment) || /%(?:2f|5c|2e|00)/i.test(segment)) return undefined;
    // Dot segments and dot-files or dot-folders (/.vite/, /.env) are never part of the site.
    if (segment.startsWith('.')) return undefined;
    segments.push(segment);
  }
  return segments;
}

function realRoot(root) {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

/** The full path of a file of the site at `relativePath` under `root`, or undefined. */
export function siteFile(root, relativePath) {
  const base = realRoot(root);
  const full = resolve(base, relativePath);
  const inside = (path) => {
    const rel = relative(base, path);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  };
  if (!inside(full)) return undefined;
  const ext = extname(full).toLowerCase();
  if (!Object.hasOwn(TYPES, ext)) return undefined;
  try {
    if (!statSync(full).isFile()) return undefined;
    // A symbolic link must not lead out of the build either.
    const real = realpathSync(full);
    return inside(real) ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The chosen answers a plan path carries as segments, in order: CHOICE_FIELDS of
 * app/policies/answers/answer-fields.ts, copied as this file is plain JavaScript run by Node
 * (scripts/answer-fields.test.ts checks the copy).
 */
export const PLAN_SEGMENTS = ['stage', 'insured', 'residency', 'aid'];

/** An old plan link (/plan/<region>?stage=…&insured=…&residency=…&aid=…) gets its plan's prerendered file. */
export function planFileForQuery(root, segments, rawPath) {
  // /plan/<region>/ too, as the app reads it (pageKeyPath in app/policies/answers/links.ts).
  if (segments.length === 3 && segments[2] === '') segments = segments.slice(0, 2);
  if (segments.length !== 2 || segments[0] !== 'plan' || !/^[a-z-]+$/.test(segments[1])) return undefined;
  const query =
    String(rawPath ?? '')
      .split('#', 1)[0]
      .split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const answers = PLAN_SEGMENTS.map((field) => params.get(field) ?? '');
  if (!answers.every((value) => /^[a-z-]+$/.test(value))) return undefined;
  return siteFile(root, `plan/${segments[1]}/${answers.join('/')}.html`);
}

/**
 * Which file answers `rawPath` (the request target as sent, query included) and with what status:
 * `{ full, status: 200 }`, or `{ full: undefined, status: 404 }` for a missing file.
 */
export function resolveRequest(root, rawPath, headers = {}) {
  const navigation = isNavigation(headers);
  const segments = pathSegments(rawPath);
  const shell = { full: siteFile(root, 'shell.html'), status: 200 };
  if (segments) {
    const path = segments.join('/');
    if (path === '') return { full: siteFile(root, 'index.html') ?? shell.full, status: 200 };
    const planFile = planFileForQuery(root, segments, rawPath);
    if (planFile) return { full: planFile, status: 200 };
    const direct = siteFile(root, path);
    if (direct) return { full: direct, status: 200 };
    const trimmed = path.replace(/\/+$/, '');
    const prerendered = trimmed && (siteFile(root, `${trimmed}.html`) ?? siteFile(root, `${trimmed}/index.html`));
    if (prerendered) return { full: prerendered, status: 200 };
  }
  const last =
    String(rawPath ?? '')
      .split(/[?#]/, 1)[0]
      .split('/')
      .pop() ?? '';
  if (!navigation && FILE_REQUEST.test(last)) return { full: undefined, status: 404 };
  return shell;
}
