// The letter reader (app/policies/letter/) is its own chunk, loaded only by the letter screens; the letter itself
// comes from the device (app/state/letter-store.ts) and is read there, never sent anywhere.
import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tracked } from '../policies/catalog/tracked.ts';
import type { Tracked } from '../policies/catalog/tracked.ts';
import type { LetterReading } from '../policies/letter/letter-types.ts';
import type { OcrDoubt, OcrPicture, OcrText } from '../policies/letter/ocr-text.ts';
import { REGION_IDS } from '../policies/model/types.ts';
import type { PolicyId, RegionId, RegionPolicy } from '../policies/model/types.ts';
import { REGION_NAMES } from '../policies/catalog/region-index.ts';
import { useLetterStore } from '../state/letter-store.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import type { Language } from '../i18n/i18n.ts';
import { loadLetterWords } from '../i18n/letter-words.ts';
import { reloadOnce } from './lazy-with-reload.ts';

export interface LetterReader {
  readLetter: (input: string) => LetterReading;
  letterPolicy: (reading: LetterReading, today: string) => RegionPolicy<PolicyId>;
  namedRegion?: (reading: LetterReading) => RegionId | undefined;
  /** A letter from pictures (ocr-text.ts): its text and doubtful figures, those left in a text, and a reading without them. */
  textFromOcr: (pictures: OcrPicture[]) => OcrText;
  doubtsLeft: (text: string, doubts: readonly OcrDoubt[]) => OcrDoubt[];
  withoutDoubtful: (reading: LetterReading, doubts: readonly OcrDoubt[]) => LetterReading;
}

let reader: Tracked<LetterReader> | undefined;

/** Loads the reader once; a chunk gone after a deploy reloads the page once, as lazy routes do. */
export function loadReader(): Tracked<LetterReader> {
  if (!reader) {
    const load = Promise.all([
      import('../policies/letter/read-letter.ts'),
      import('../policies/letter/letter-policy.ts'),
      import('../policies/letter/ocr-text.ts'),
    ]).then(([read, policy, ocr]): LetterReader => ({
      readLetter: read.readLetter,
      letterPolicy: policy.letterPolicy,
      namedRegion: (policy as { namedRegion?: LetterReader['namedRegion'] }).namedRegion,
      textFromOcr: (pictures) => ocr.textFromOcr(pictures),
      doubtsLeft: ocr.doubtsLeft,
      withoutDoubtful: ocr.withoutDoubtful,
    }));
    reader = tracked(load);
    reader.catch(() => {
      reader = undefined;
      reloadOnce();
    });
  }
  return reader;
}

/** Loads the letter screens' words before the first render (or the build-time render) of one. */
export function preloadLetterWords(language: Language = currentLanguage()): Promise<void> {
  return loadLetterWords(language);
}

/** The letter screens' words in the page's language; suspends while they load. */
export function useLetterWords() {
  useTranslation(); // re-renders on a change of language
  use(loadLetterWords(currentLanguage()) as Promise<void>);
}

/**
 * Which of our regions a letter names, as the reader says; a reader without that answer gets the region whose
 * place name (its last part: 聊城市, 鹿城区) the letter's text contains.
 */
function regionNamed(reader: LetterReader, reading: LetterReading): RegionId | undefined {
  if (reader.namedRegion) return reader.namedRegion(reading);
  return REGION_IDS.find((id) => {
    const place = /[^省市区]+[市区]$/.exec(REGION_NAMES[id]['zh-Hans'])?.[0];
    return place !== undefined && reading.text.includes(place);
  });
}

export interface ReadLetter {
  text: string;
  /** Recognised from pictures on this phone (the 出处 says so). */
  picture: boolean;
  reading: LetterReading;
  policy: RegionPolicy<PolicyId>;
  region?: RegionId;
}

/** The stored letter, read and made into a policy for `today`; undefined when the device keeps no letter (or none readable). */
export function useStoredLetter(today: string): ReadLetter | undefined {
  const text = useLetterStore((s) => s.text);
  const picture = useLetterStore((s) => s.picture);
  const doubts = useLetterStore((s) => s.doubts);
  const r = use(loadReader() as Promise<LetterReader>);
  return useMemo(() => {
    if (!text) return undefined;
    // A figure from a picture that nobody checked is never a fact (the form lets none through; this is the guard).
    const reading = r.withoutDoubtful(r.readLetter(text), doubts);
    if (!reading.isLetter) return undefined;
    return { text, picture, reading, policy: r.letterPolicy(reading, today), region: regionNamed(r, reading) };
  }, [text, picture, doubts, r, today]);
}
