// The school letter the parent pasted, kept on this device only (never sent anywhere, never put in a link), so the
// plan read from it reopens offline. Versioned like the answers store: an unknown or missing version is dropped.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LETTER_MAX_CHARS } from '../policies/letter/letter-types.ts';
import type { OcrDoubt } from '../policies/letter/ocr-text.ts';
import { safeStorage } from './safe-storage.ts';
import { versionedStorage } from './answers-store.ts';

export const LETTER_STORE_KEY = 'xsyb-letter';
export const LETTER_STORE_VERSION = 1;

/** A letter read from pictures: the plan says so, and a figure the parent has not checked is never a fact. */
export interface LetterFromPicture {
  /** The text (or part of it) was recognised from pictures on this phone. */
  picture: boolean;
  /** The doubtful figures the parent neither corrected nor confirmed (none, when the form let the letter through). */
  doubts: OcrDoubt[];
}

interface LetterState extends LetterFromPicture {
  /** The letter as pasted; empty when there is none. */
  text: string;
  save: (text: string, from?: LetterFromPicture) => void;
  remove: () => void;
}

type Stored = Pick<LetterState, 'text' | 'picture' | 'doubts'>;

const isBox = (b: unknown): boolean =>
  Boolean(b) && typeof b === 'object' && ['x0', 'y0', 'x1', 'y1'].every((k) => typeof (b as Record<string, unknown>)[k] === 'number');
const isDoubt = (d: unknown): d is OcrDoubt => {
  if (!d || typeof d !== 'object') return false;
  const { picture, bbox, figure, context, offset } = d as Record<string, unknown>;
  return (
    typeof picture === 'number' && isBox(bbox) && typeof figure === 'string' && typeof context === 'string' && typeof offset === 'number'
  );
};

/** Keeps only a letter the reader would accept (a string within the limit) from whatever was stored. */
export function sanitizeStoredLetter(value: unknown): Stored {
  const stored = value && typeof value === 'object' ? (value as { text?: unknown; picture?: unknown; doubts?: unknown }) : {};
  const text = typeof stored.text === 'string' && stored.text.length <= LETTER_MAX_CHARS ? stored.text : '';
  return {
    text,
    picture: Boolean(text) && stored.picture === true,
    doubts: text && Array.isArray(stored.doubts) ? stored.doubts.filter(isDoubt) : [],
  };
}

const storage = versionedStorage<Stored>();

export const useLetterStore = create<LetterState>()(
  persist(
    (set) => ({
      text: '',
      picture: false,
      doubts: [],
      save: (text, from) => set({ text, picture: from?.picture ?? false, doubts: from?.doubts ?? [] }),
      remove: () => {
        set({ text: '', picture: false, doubts: [] });
        safeStorage.removeItem(LETTER_STORE_KEY);
      },
    }),
    {
      name: LETTER_STORE_KEY,
      version: LETTER_STORE_VERSION,
      storage,
      partialize: ({ text, picture, doubts }) => ({ text, picture, doubts }),
      migrate: () => ({ text: '', picture: false, doubts: [] }),
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
