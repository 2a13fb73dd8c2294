// What a prerendered page and the browser's first (hydrating) render must agree on. useSyncExternalStore gives
// the server snapshot during the prerender and hydration, then re-renders with the browser's own value; a page
// rendered afresh (the shell, a later navigation) gets the browser's value at once, so it never flickers.
import { useSyncExternalStore } from 'react';
import { todayInChina } from '../policies/common/dates.ts';

const subscribe = () => () => {};

/** False in the prerender and while hydrating it; true afterwards and on every page rendered in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** The day the prerendered HTML was made for (written on #root by scripts/prerender.ts), else today. */
function prerenderedToday(): string {
  if (typeof document === 'undefined') return todayInChina();
  return document.getElementById('root')?.dataset.today ?? todayInChina();
}

/** Today in China; while hydrating a prerendered page, the day it was built, so the HTML matches, then today. */
export function useToday(): string {
  return useSyncExternalStore(subscribe, () => todayInChina(), prerenderedToday);
}
