// The school letter the parent pasted, kept on this device only (never sent anywhere, never put in a link), so the
// plan read from it reopens offline. Versioned like the answers store: an unknown or missing version is dropped.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { PersistStorage } from 'zustand/middleware';
import { LETTER_MAX_CHARS } from '../policies/letter/letter-types.ts';
import { safeStorage } from './safe-storage.ts';
import { withKnownVersion } from './answers-store.ts';

export const LETTER_STORE_KEY = 'xsyb-letter';
export const LETTER_STORE_VERSION = 1;

interface LetterState {
  /** The letter as pasted; empty when there is none. */
  text: string;
  save: (text: string) => void;
  remove: () => void;
}

type Stored = Pick<LetterState, 'text'>;

/** Keeps only a letter the reader would accept (a string within the limit) from whatever was stored. */
export function sanitizeStoredLetter(value: unknown): Stored {
  const text = value && typeof value === 'object' ? (value as { text?: unknown }).text : undefined;
  return { text: typeof text === 'string' && text.length <= LETTER_MAX_CHARS ? text : '' };
}

const jsonStorage = createJSONStorage<Stored>(() => safeStorage)!;
const storage: PersistStorage<Stored> = {
  ...jsonStorage,
  getItem: (name) => {
    const value = jsonStorage.getItem(name);
    return value instanceof Promise ? value.then(withKnownVersion) : withKnownVersion(value);
  },
};

export const useLetterStore = create<LetterState>()(
  persist(
    (set) => ({
      text: '',
      save: (text) => set({ text }),
      remove: () => {
        set({ text: '' });
        safeStorage.removeItem(LETTER_STORE_KEY);
      },
    }),
    {
      name: LETTER_STORE_KEY,
      version: LETTER_STORE_VERSION,
      storage,
      partialize: ({ text }) => ({ text }),
      migrate: () => ({ text: '' }),
      // Read from the device as soon as the letter screens load (the prerender has none); the prerendered paste
      // form is drawn empty and filled after hydrating (letter-page.tsx), so both renders agree.
      merge: (persisted, current) => ({ ...current, ...sanitizeStoredLetter(persisted) }),
    },
  ),
);

/**
 * The letter as the device keeps it now, read again: "清除我的信息" (any page) empties the device without this
 * store knowing, so the letter screens read it afresh when they open.
 */
export function rereadLetter(): string {
  void useLetterStore.persist.rehydrate();
  return useLetterStore.getState().text;
}
