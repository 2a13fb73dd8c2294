// reloadOnce: a chunk that fails to load reloads the page once (a deploy), but never while the parent is leaving
// the page: WebKit stops the page's loads when a navigation starts, and a reload then cancels that navigation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('./lazy-with-reload.ts');

async function loadInPage() {
  const window = new EventTarget() as EventTarget & { location: { reload: () => void } };
  window.location = { reload: vi.fn() };
  const store = new Map<string, string>();
  vi.stubGlobal('window', window);
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  });
  vi.resetModules();
  const module: Module = await import('./lazy-with-reload.ts');
  return { window, reload: window.location.reload, reloadOnce: module.reloadOnce };
}

describe('reloadOnce', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00+08:00') }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reloads once, then not again within a minute', async () => {
    const { reload, reloadOnce } = await loadInPage();
    expect(reloadOnce()).toBe(true);
    expect(reloadOnce()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(61_000);
    expect(reloadOnce()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload while the page is being left (it would cancel the navigation the parent started)', async () => {
    const { window, reload, reloadOnce } = await loadInPage();
    window.dispatchEvent(new Event('beforeunload'));
    expect(reloadOnce()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads again when the page came back from the back-forward cache, or the navigation went nowhere', async () => {
    const { window, reload, reloadOnce } = await loadInPage();
    window.dispatchEvent(new Event('beforeunload'));
    window.dispatchEvent(new Event('pageshow'));
    expect(reloadOnce()).toBe(true);
    vi.advanceTimersByTime(61_000);
    window.dispatchEvent(new Event('beforeunload'));
    expect(reloadOnce()).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(reloadOnce()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
