import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { prerender } from './scripts/prerender.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ocrEngineInfo } from './scripts/ocr-engine-files.ts';
import { REGION_MODULES } from './app/policies/catalog/regions.ts';
import { canonicalStrings } from './app/policies/model/localize.ts';
import { regionProblems } from './app/policies/model/schema.ts';
import type { RegionId } from './app/policies/model/types.ts';
import { keyPaths, toShipped } from './app/i18n/shipped-strings.ts';
import { wordsInShippedOrder } from './app/i18n/first-screen-words.ts';
import { wordsPlugin } from './scripts/words-plugin.ts';
import type { StringTree } from './app/i18n/shipped-strings.ts';

/**
 * The region data, checked and shipped:
 *  - at the start of every build, each region module passes the strict schema and its office references resolve, and
 *    the generated lists (app/policies/region-index.ts, regions.ts) name every module: else the build stops with one
 *    line per problem;
 *  - each region dictionary (app/i18n/regions/<id>.<language>.json, authored as Chinese text → translation) ships as
 *    the bare list of its translations in the order of canonicalStrings (the phone already has the Chinese texts).
 *    A string with no translation fails the build;
 *  - likewise each UI translation (app/i18n/zh-Hant.json, en.json, estimate-trace.<language>.json) ships as the bare
 *    list of its strings in the order of its simplified Chinese source's keys, 0 for one the same as the source's
 *    (app/i18n/shipped-strings.ts). A key missing, or one the source does not have, fails the build.
 */
function regionData(): Plugin {
  return {
    name: 'region-data',
    enforce: 'pre',
    buildStart() {
      const files = readdirSync('app/policies/regions').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
      const listed = new Set<string>(Object.keys(REGION_MODULES));
      const problems = [
        ...files
          .filter((f) => !listed.has(f.slice(0, -3)))
          .map((f) => `app/policies/regions/${f} is not in the generated region lists: run \`npm run regions:sync\``),
        ...Object.values(REGION_MODULES).flatMap(regionProblems),
      ];
      if (problems.length) this.error(`region data:\n  ${problems.join('\n  ')}`);
    },
    transform(code, id) {
      const ui = /[/\\]app[/\\]i18n[/\\]((?:estimate-trace\.)?)(zh-Hant|en)\.json$/.exec(id);
      if (ui) {
        const sourceFile = id.replace(/(zh-Hant|en)\.json$/, 'zh-Hans.json');
        const authored = JSON.parse(readFileSync(sourceFile, 'utf8')) as StringTree;
        // The app's words ship in the order the phone rebuilds from its two parts (first-screen-words.ts).
        const source = ui[1] ? authored : wordsInShippedOrder(authored);
        const translation = JSON.parse(code) as StringTree;
        const shipped = toShipped(translation, source);
        const paths = keyPaths(source).map((path) => path.join('.'));
        const missing = paths.filter((_, i) => shipped[i] !== 0 && !shipped[i]?.trim());
        const known = new Set(paths);
        const extra = keyPaths(translation)
          .map((path) => path.join('.'))
          .filter((path) => !known.has(path));
        if (missing.length || extra.length) {
          this.error(
            `${id}: ${missing.length} key(s) of ${sourceFile} without a translation (e.g. ${missing[0] ?? '-'}), ${extra.length} key(s) it does not have (e.g. ${extra[0] ?? '-'})`,
          );
        }
        return { code: JSON.stringify(shipped), map: null };
      }
      const match = /[/\\]app[/\\]i18n[/\\]regions[/\\]([a-z0-9-]+)\.([\w-]+)\.json$/.exec(id);
      if (!match) return undefined;
      const region = REGION_MODULES[match[1] as RegionId];
      if (!region)
        this.error(`${id}: no region module app/policies/regions/${match[1]}.ts; delete the file or run \`npm run regions:sync\``);
      const dictionary = JSON.parse(code) as Record<string, string>;
      const keys = canonicalStrings([region]);
      const missing = keys.filter((key) => !dictionary[key]?.trim());
      if (missing.length) {
        this.error(
          `${id}: no translation for ${missing.length} region string(s), e.g. ${missing[0]}; run \`npm run regions:sync\` and fill the "" entries`,
        );
      }
      return { code: JSON.stringify(keys.map((key) => dictionary[key])), map: null };
    },
  };
}

/**
 * The OCR engine for "拍照或选图片" (scripts/ocr-engine-files.ts): its files copied into dist/ocr/<version>/ by the
 * client build (nothing under public/, none of it in the precache: see globIgnores), and what the app knows of it
 * without downloading it (its folder, its files, the download's size) as the constant __OCR_ENGINE__. The dev server
 * serves the same files from node_modules.
 */
function ocrEngine(): Plugin {
  const { info, files } = ocrEngineInfo();
  const constant = { ...info, rawBytes: Object.fromEntries(files.map((f) => [f.name, f.body.length])) };
  return {
    name: 'ocr-engine',
    config: () => ({ define: { __OCR_ENGINE__: JSON.stringify(constant) } }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = req.url?.startsWith(info.base) ? files.find((f) => req.url === info.base + f.name) : undefined;
        if (!file) return next();
        res.setHeader(
          'Content-Type',
          file.name.endsWith('.wasm') ? 'application/wasm' : file.name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
        );
        res.end(file.body);
      });
    },
    writeBundle(options) {
      if (this.environment.config.build.ssr) return;
      const dir = join(options.dir ?? 'dist', info.base);
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(join(dir, f.name), f.body);
    },
  };
}

export const THEME_COLOR = '#0b5cad';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    regionData(),
    wordsPlugin(),
    ocrEngine(),
    // Also in the server build, which needs its virtual modules but writes no service worker.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '学生医保参保助手',
        short_name: '学生医保',
        description: '给孩子在就读地参加城乡居民医保：停保、登记、缴费、期限、咨询电话和大概能报销多少。',
        lang: 'zh-Hans',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // Our own worker (app/sw.ts): a navigation gets the network's page first (a returning parent sees the
      // prerendered plan, not the empty shell), then a kept copy, then the shell; Workbox writes the precache list in.
      strategies: 'injectManifest',
      srcDir: 'app',
      filename: 'sw.ts',
      injectManifest: {
        rollupFormat: 'iife',
        // Everything the app can show, so any plan link opens offline, even one never visited.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The link-preview image is for chat apps' crawlers, never shown in the app; the manifest's PNG icons (192 and
        // 512 px) and the Apple icon are read once, online, when the app is installed (no page shows them). Offline,
        // a page never opened is the shell rendered by the cached code, so the prerendered pages (there for a visit
        // online, and kept once opened) stay out of the precache.
        globIgnores: [
          'og-image.png',
          'icon-192.png',
          'icon-512.png',
          'icon-maskable-512.png',
          'apple-touch-icon.png',
          'index.html',
          'not-listed.html',
          'letter.html',
          'plan/**',
          // The OCR engine: downloaded on its first use only, then kept in a cache of its own (app/sw.ts).
          'ocr/**',
        ],
      },
      integration: {
        closeBundleOrder: 'post',
        beforeBuildServiceWorker: async () => {
          await prerender('dist', 'dist-ssr');
        },
      },
    }),
  ],
  // The client manifest tells the prerender which chunks each entry page needs, to preload them.
  // The OCR engine's code in the app (app/components/ocr-runtime.ts, tesseract.js) goes beside the engine in /ocr/: out
  // of the precache, and kept with the engine in its cache.
  build: isSsrBuild
    ? { outDir: 'dist-ssr', emptyOutDir: true }
    : {
        target: 'es2019',
        sourcemap: false,
        manifest: true,
        rolldownOptions: {
          output: {
            chunkFileNames: (chunk: { name: string }) =>
              chunk.name === 'ocr-runtime' ? 'ocr/[name]-[hash].js' : 'assets/[name]-[hash].js',
          },
        },
      },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
