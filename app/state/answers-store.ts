// One small store: the region and answers, mirrored from the URL by the pages and kept on the device so a parent
// can pick up where they left off. The URL always wins; stored state is only a convenience.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { PersistStorage } from 'zustand/middleware';
import { isRegionId, parseAnswers } from '../policies/answers/answers.ts';
import type { Answers, RegionId } from '../policies/model/types.ts';
import { todayInChina } from '../policies/common/dates.ts';
import { safeStorage } from './safe-storage.ts';

export const STORE_KEY = 'xsyb-answers';
export const STORE_VERSION = 1;

interface AnswersState {
  region?: RegionId;
  answers: Answers;
  remember: (region: RegionId, answers: Answers) => void;
  clear: () => void;
}

/** Keeps only a valid region and valid answers from whatever was stored (an old version, a hand-edited value). */
export function sanitizeStored(value: unknown): Pick<AnswersState, 'region' | 'answers'> {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const region = isRegionId(record.region) ? record.region : undefined;
  const raw = record.answers && typeof record.answers === 'object' ? (record.answers as Record<string, unknown>) : {};
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(raw)) if (typeof v === 'string') params.set(key, v);
  return { region, answers: parseAnswers(params, todayInChina()).answers };
}

type Stored = Pick<AnswersState, 'region' | 'answers'>;

/**
 * What was read from the device, or null when it carries no numeric version: such state is dropped, like an
 * unknown version (zustand would keep it, as it migrates only when both versions are numbers).
 */
export function withKnownVersion<T>(value: T | null): T | null {
  const version = value && typeof value === 'object' ? (value as { version?: unknown }).version : undefined;
  return typeof version === 'number' && Number.isFinite(version) ? value : null;
}

/** The device's storage as JSON (safeStorage: never throws), reading only a value with a known version. */
export function versionedStorage<T>(): PersistStorage<T> {
  const jsonStorage = createJSONStorage<T>(() => safeStorage)!;
  return {
    ...jsonStorage,
    getItem: (name) => {
      const value = jsonStorage.getItem(name);
      return value instanceof Promise ? value.then(withKnownVersion) : withKnownVersion(value);
    },
  };
}

const storage = versionedStorage<Stored>();

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      answers: {},
      remember: (region, answers) => set({ region, answers }),
      clear: () => set({ region: undefined, answers: {} }),
    }),
    {
      name: STORE_KEY,
      version: STORE_VERSION,
      storage,
      partialize: ({ region, answers }) => ({ region, answers }),
      // Older or unknown versions are dropped rather than guessed at.
      migrate: () => ({ answers: {} }),
      merge: (persisted, current) => ({ ...current, ...sanitizeStored(persisted) }),
      // Read from the device only after the first render (see the start page), so the prerendered HTML and the
      // browser's first render agree.
      skipHydration: true,
    },
  ),
);
