import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A device's storage as the store sees it, filled before the store reads it.
function fakeStorage(items: Record<string, string>) {
  const map = new Map(Object.entries(items));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const good = { region: 'liaocheng', answers: { stage: 'primary', insured: 'none' } };

async function rehydrated(stored: string) {
  vi.stubGlobal('localStorage', fakeStorage({ 'xsyb-answers': stored }));
  vi.resetModules();
  const { useAnswersStore } = await import('./answers-store.ts');
  await useAnswersStore.persist.rehydrate();
  const { region, answers } = useAnswersStore.getState();
  return { region, answers };
}

describe('answers kept on the device', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00+08:00'), toFake: ['Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('are read back at the current version', async () => {
    expect(await rehydrated(JSON.stringify({ state: good, version: 1 }))).toEqual(good);
  });

  it.each([
    ['no version', { state: good }],
    ['a string version', { state: good, version: '1' }],
    ['a null version', { state: good, version: null }],
    ['an object version', { state: good, version: { n: 1 } }],
    ['an older version', { state: good, version: 0 }],
    ['a newer version', { state: good, version: 2 }],
  ])('are dropped with %s', async (_, stored) => {
    expect(await rehydrated(JSON.stringify(stored))).toEqual({ region: undefined, answers: {} });
  });
});
