/// <reference lib="webworker" />
// The service worker (vite-plugin-pwa's injectManifest builds it and writes the precache list into it).
//  - The app's code, styles, the shell and the data of every region are precached, so every page opens offline
//    after one visit, also one never opened: the shell and the cached code draw it.
//  - A navigation goes to the network first, as a first visit does, so a returning parent gets the prerendered page
//    (the plan itself, painted before any JavaScript runs) rather than the empty shell. The network has 3 s (a slow
//    link), then a copy of the same page kept from an earlier visit answers; with neither, the precached shell.
//    Navigation preload starts the request while the worker starts up.
//  - A page is its path alone (pageKeyPath, the same rule as the server's): a link's query never makes another copy.
//  - The OCR engine (/ocr/<version>/, "拍照或选图片") is not precached: it is kept, once downloaded on its first use, in
//    a cache of its own ("ocr") that outlives app versions (a new engine has a new folder). "删除识别程序" deletes it.
//  - A new version waits for the parent (the app's update prompt sends SKIP_WAITING), then takes over the open
//    pages and drops the pages kept by the old one, which name the old version's code.
import { cacheNames, clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import * as navigationPreload from 'workbox-navigation-preload';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { pageKeyPath } from './policies/answers/links.ts';
import { OCR_CACHE } from './policies/letter/ocr-settings.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const PAGES_CACHE = 'pages';
const SHELL = '/shell.html';

const samePage: WorkboxPlugin = {
  // One copy per page, whatever the link's query (answers, a school's name, a birth date).
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    return new URL(pageKeyPath(url.pathname, url.search), url.origin).href;
  },
  // Only pages: a navigation to a file (the manifest, an icon) is answered but not kept.
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && /^text\/html\b/i.test(response.headers.get('Content-Type') ?? '') ? response : null,
  // Neither the network nor a kept copy: the shell draws the page from the cached code.
  handlerDidError: async () => (await matchPrecache(SHELL)) ?? Response.error(),
};

// A stopped worker takes tens of milliseconds to start, and a returning parent's page would wait for it. Where the
// browser has static routes (Chromium), nothing waits for it: a navigation that finds it stopped races the network
// with the worker starting (online the network's page comes as fast as on a first visit; offline the worker's answer
// below), and the app's hashed files come straight from the precache (the network when one is missing).
type RouterRule =
  | { condition: { requestMode: 'navigate'; runningStatus: 'not-running' }; source: 'race-network-and-fetch-handler' }
  | { condition: { urlPattern: string; requestMethod: 'GET' }; source: { cacheName: string } };
self.addEventListener('install', (event) => {
  const routes = event as ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };
  if (typeof routes.addRoutes !== 'function') return;
  event.waitUntil(
    routes
      .addRoutes([
        { condition: { requestMode: 'navigate', runningStatus: 'not-running' }, source: 'race-network-and-fetch-handler' },
        { condition: { urlPattern: '/assets/*', requestMethod: 'GET' }, source: { cacheName: cacheNames.precache } },
      ])
      .catch(() => undefined),
  );
});

// Navigations first, so no other route (the precache's) answers a page.
navigationPreload.enable();
registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      cacheName: PAGES_CACHE,
      networkTimeoutSeconds: 3,
      plugins: [samePage, new ExpirationPlugin({ maxEntries: 50 })],
    }),
  ),
);

// The OCR engine, from its cache once downloaded.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith('/ocr/') && request.method === 'GET',
  new CacheFirst({
    cacheName: OCR_CACHE,
    plugins: [{ cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) }],
  }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.delete(PAGES_CACHE));
});
clientsClaim();
