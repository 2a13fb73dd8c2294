// Reads pictures of a letter on the phone: tesseract.js with its Simplified Chinese data, served from our own origin
// (/ocr/<version>/, see vite.config.ts), loaded on first use only (its code is a chunk of its own, ocr-runtime.ts).
// The settings are the command line's and the benchmark's (app/policies/letter/ocr-settings.ts). Nothing leaves the
// phone: the pictures go to a worker of this page, and the engine's files come from this site.
// What runs the engine is in ocr-runtime.ts, loaded on first use and kept with the engine (not precached); this part,
// precached with the letter screens, only knows of the engine (its size, whether the phone keeps it) and loads it.
import { OCR_CACHE, ocrDownloadFiles } from '../policies/letter/ocr-settings.ts';
import type { OcrPicture } from '../policies/letter/ocr-text.ts';

const ENGINE = typeof __OCR_ENGINE__ === 'undefined' ? undefined : __OCR_ENGINE__;

/** How many bytes the first use downloads (the worker, one core, the data), for "需要下载约 N MB". */
export const OCR_DOWNLOAD_BYTES = ENGINE?.downloadBytes ?? 0;

export type OcrProgress =
  /** The engine's files arriving (`percent` of the download) or, once here, starting. */
  | { stage: 'loading'; percent: number }
  /** Picture `picture` (1-based) of `pictures`. */
  | { stage: 'reading'; picture: number; pictures: number; percent: number };

/** 'no-text': no Chinese character in any picture; 'cancelled': the parent stopped it; 'failed': anything else. */
export type OcrErrorKind = 'no-text' | 'failed' | 'cancelled';

export class OcrError extends Error {
  constructor(
    readonly kind: OcrErrorKind,
    cause?: unknown,
  ) {
    super(kind, { cause });
  }
}

export interface OcrResult {
  pictures: OcrPicture[];
  /** Each picture as it was read (downscaled), for the crops of doubtful figures (their boxes are in its pixels). */
  images: HTMLCanvasElement[];
}

export interface OcrRun {
  result: Promise<OcrResult>;
  /** Stops the engine (its worker ends) and the result is discarded: `result` rejects with 'cancelled'. */
  cancel: () => void;
}

export const absolute = (path: string) => new URL(path, window.location.href).href;

const loadRuntime = () => import('./ocr-runtime.ts');

/** Reads `files` in order (a letter's pages), reporting progress; see OcrRun. */
export function recognise(files: readonly Blob[], onProgress: (progress: OcrProgress) => void): OcrRun {
  let inner: OcrRun | undefined;
  let cancelled = false;
  onProgress({ stage: 'loading', percent: 0 });
  // The import alone, not the reading, goes through the bundler's chunk loader (whose failure reloads the page once).
  const result = loadRuntime().then(
    (runtime) => {
      if (cancelled) throw new OcrError('cancelled');
      inner = runtime.readPictures(files, onProgress);
      return inner.result;
    },
    (error: unknown) => {
      throw new OcrError(cancelled ? 'cancelled' : 'failed', error);
    },
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
      inner?.cancel();
    },
  };
}

/** Whether this phone keeps the engine (every file of this version in the service worker's cache). */
export async function engineCached(): Promise<boolean> {
  if (!ENGINE || typeof caches === 'undefined') return false;
  try {
    if (!(await caches.has(OCR_CACHE))) return false;
    const cache = await caches.open(OCR_CACHE);
    const has = async (name: string) => Boolean(await cache.match(absolute(ENGINE.base + name)));
    const all = async (names: string[]) => (await Promise.all(names.map(has))).every(Boolean);
    // The worker and the data, with either core: the one this phone chose is the one it downloaded.
    return (
      (await all(ocrDownloadFiles(ENGINE.worker, ENGINE.core.simd))) || (await all(ocrDownloadFiles(ENGINE.worker, ENGINE.core.plain)))
    );
  } catch {
    return false;
  }
}

/** Deletes the engine's cache; resolves with the bytes it held (0 when there was none). */
export async function deleteEngine(): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  let bytes = 0;
  try {
    const cache = await caches.open(OCR_CACHE);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (response) bytes += (await response.blob()).size;
    }
  } catch {
    // The size is only for the message; the cache is deleted all the same.
  }
  await caches.delete(OCR_CACHE);
  return bytes;
}
