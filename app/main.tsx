import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { preloadRoute } from './app-routes.tsx';
import { ScrollToTop } from './components/scroll-to-top.tsx';
import { reloadOnce } from './components/lazy-with-reload.ts';
import { applyLargeText, largeTextOn } from './state/preferences.ts';
import { DEFAULT_LANGUAGE, preferredLanguage, switchLanguage } from './i18n/i18n.ts';
import { PAGE_FILE, planPathForQueryLink } from './policies/answers/links.ts';
import './styles.css';

// A CSS or JS preload that 404s after a deploy: reload once for the new build rather than break.
window.addEventListener('vite:preloadError', (event) => {
  if (reloadOnce()) event.preventDefault();
});

applyLargeText(largeTextOn());

// An old plan link (/plan/<region>?stage=…) shows its plan's own path before anything renders: the server sent
// that plan's prerendered file for it, which hydrates only at its own path. So does a page's file name
// (/plan/…/no.html is the plan /plan/…/no).
const { pathname, search, hash } = location;
const ownPath = planPathForQueryLink(pathname, search) || pathname.replace(PAGE_FILE, '') + search;
if (ownPath !== pathname + search) history.replaceState(history.state, '', ownPath + hash);

const root = document.getElementById('root')!;
const tree = (
  <BrowserRouter>
    <App>
      <ScrollToTop />
    </App>
  </BrowserRouter>
);

const language = preferredLanguage();

function mount() {
  // Prerendered HTML (simplified Chinese) matches only the page it was made for; any other URL (a link with a
  // query, a deep link served the shell) or another language is rendered afresh, replacing it once ready. A plan
  // path hydrates whatever its query: it reads only the birth date from it, and only after hydrating.
  const { pathname, search } = location;
  const same = root.dataset.prerendered === pathname && (!search || /^\/plan(\/[^/]+){5}$/.test(pathname));
  if (same && language === DEFAULT_LANGUAGE) hydrateRoot(root, tree);
  // As a transition the first render is done in slices, so a long plan never blocks a slow phone for long.
  else startTransition(() => createRoot(root).render(tree));
}

// Load the current route's code first so neither hydration nor the first render shows a blank fallback; if it
// fails (offline with no cache, a deploy), mount anyway and let the lazy route recover or explain.
Promise.all([preloadRoute(window.location.pathname, language), language === DEFAULT_LANGUAGE ? undefined : switchLanguage(language)]).then(
  mount,
  mount,
);
