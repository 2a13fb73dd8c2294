// Writes the entry pages as static HTML into the client build, before the service worker's precache list is made
// (vite.config.ts calls this from vite-plugin-pwa's beforeBuildServiceWorker hook). Needs the server bundle built
// first by `vite build --ssr app/entry-server.tsx --outDir dist-ssr` (see the build script).
//  - dist/shell.html: the empty app shell, served for every other navigation (deep links).
//  - dist/index.html and dist/<path>.html: the prerendered pages, marked with the URL and the day they were made
//    for (a plan's days-left count is drawn for that day, then for today once the page hydrates).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayInChina } from '../app/policies/common/dates.ts';

const SLOT = '<div id="root"><!--app-html--></div>';

export function pagePath(url: string): string {
  return url === '/' ? 'index.html' : `${url.slice(1)}.html`;
}

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/** The files a lazy module needs, its static imports included, as modulepreload links. */
function preloadLinks(manifest: Manifest, source: string, template: string): string {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(source);
  return [...files]
    .filter((file) => !template.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
}

/** Which lazy modules an entry page shows (its route, its region's data), so they download alongside the main bundle. */
function routeModules(url: string): string[] {
  const region = /^\/plan\/([a-z0-9-]+)/.exec(url)?.[1];
  if (region) return ['app/pages/plan-route.tsx', `app/policies/regions/${region}.ts`];
  if (url === '/letter') return ['app/pages/letter-page.tsx'];
  return url === '/not-listed' ? ['app/pages/not-listed-page.tsx'] : [];
}

/**
 * The stylesheet before the module script and its preloads: the page paints as soon as its CSS is in, and on a
 * slow link (HTTP/1.1, six connections) a CSS request queued behind eight scripts delays the first paint.
 */
function stylesheetFirst(html: string): string {
  const css = /<link rel="stylesheet"[^>]*>\s*/.exec(html)?.[0];
  const script = html.indexOf('<script type="module"');
  if (!css || script < 0 || html.indexOf(css) < script) return html;
  return html.replace(css, '').replace('<script type="module"', `${css.trim()}\n    <script type="module"`);
}

export async function prerender(dist = 'dist', ssrDir = 'dist-ssr'): Promise<string[]> {
  const serverEntry = resolve(ssrDir, 'entry-server.js');
  if (!existsSync(serverEntry)) throw new Error(`prerender: ${serverEntry} is missing; run the SSR build first`);
  const { render, PRERENDERED_URLS } = (await import(/* @vite-ignore */ pathToFileURL(serverEntry).href)) as {
    render: (url: string) => Promise<string>;
    PRERENDERED_URLS: string[];
  };
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const manifest: Manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const templatePath = join(dist, 'index.html');
  const template = stylesheetFirst(readFileSync(templatePath, 'utf8'));
  if (!template.includes(SLOT)) throw new Error('prerender: index.html has no <!--app-html--> slot (already prerendered?)');
  writeFileSync(join(dist, 'shell.html'), template.replace(SLOT, '<div id="root"></div>'));
  const written: string[] = [];
  const today = todayInChina();
  // The entry template's head is the same for every plan: compute the preload links once.
  const headCache = new Map<string, string>();
  for (const url of PRERENDERED_URLS) {
    const html = await render(url);
    const file = join(dist, pagePath(url));
    mkdirSync(dirname(file), { recursive: true });
    const modules = routeModules(url);
    const key = modules.join(',');
    if (!headCache.has(key)) {
      const preloads = [...new Set(modules.map((module) => preloadLinks(manifest, module, template)))].join('');
      headCache.set(key, template.replace('</head>', `${preloads}</head>`));
    }
    const page = headCache.get(key)!.replace(SLOT, () => `<div id="root" data-prerendered="${url}" data-today="${today}">${html}</div>`);
    writeFileSync(file, page);
    written.push(file);
  }
  return written;
}
