// Lazy routes that survive a deploy: an old tab asking for a chunk the new server no longer has reloads once to
// pick up the new build, instead of leaving a blank screen. A second failure is shown by the error boundary.
import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';

const KEY = 'xsyb-chunk-reload-at';
const WINDOW_MS = 60_000;

function reloadedRecently(): boolean {
  try {
    return Date.now() - Number(sessionStorage.getItem(KEY) ?? 0) < WINDOW_MS;
  } catch {
    return true; // Without sessionStorage we cannot tell, so never risk a reload loop.
  }
}

// Once the parent has started to leave the page (a tapped link, a typed address, Back), WebKit stops the page's
// loads, so a chunk still on its way fails; reloading then would cancel where the parent was going and put them
// back on this page. beforeunload comes before that stop; the failure is then left to the error boundary.
// Still here a while later, the parent went nowhere (a tel: link, a download): a deploy may reload again.
const LEAVING_MS = 10_000;
let leaving = false;
if (typeof window !== 'undefined') {
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('beforeunload', () => {
    leaving = true;
    clearTimeout(timer);
    timer = setTimeout(() => (leaving = false), LEAVING_MS);
  });
  // Back on this page from the back-forward cache: it was left, and is here again.
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
}

/** Reloads the page, at most once a minute and never while it is being left; returns false when it does not. */
export function reloadOnce(): boolean {
  if (typeof window === 'undefined' || leaving || reloadedRecently()) return false;
  try {
    sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

export interface LazyRoute<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Loads the code now, so the first render (or hydration) of this route need not suspend. */
  preload: () => Promise<void>;
}

export function lazyWithReload<P extends object>(load: () => Promise<ComponentType<P>>): LazyRoute<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
    });
  const Lazy = lazy(async () => {
    try {
      await preload();
      return { default: loaded! };
    } catch (error) {
      if (reloadOnce()) return new Promise<never>(() => {});
      throw error;
    }
  });
  const Route = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  Route.preload = preload;
  return Route;
}
