// Reads pictures of a letter on the phone: tesseract.js with its Simplified Chinese data, served from our own origin
// (/ocr/<version>/, see vite.config.ts), loaded on first use only (its code is a chunk of its own, ocr-runtime.ts).
// The settings are the command line's and the benchmark's (app/policies/letter/ocr-settings.ts). Nothing leaves the
// phone: the pictures go to a worker of this page, and the engine's files come from this site.
import { OCR_ENGINE_MODE, OCR_LANGUAGE, OCR_MAX_SIDE, OCR_PARAMETERS } from '../policies/letter/ocr-settings.ts';
import type { OcrLine, OcrPicture } from '../policies/letter/ocr-text.ts';

/** The service worker's cache of the engine (app/sw.ts): kept across app versions, deleted by "删除识别程序". */
export const OCR_CACHE = 'ocr';

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

const absolute = (path: string) => new URL(path, window.location.href).href;

/** The picture brought down to OCR_MAX_SIDE on its longer side (a 12-megapixel photo would take minutes), on a canvas. */
async function downscaled(file: Blob): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, OCR_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  // A screenshot with a transparent background reads as black on black: paint it on white.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas;
}

/**
 * The engine's files fetched once through the service worker (which keeps them in its "ocr" cache), counting the
 * bytes: the engine itself loads them afterwards from that cache (or the browser's), so the progress bar can say how
 * far the download is. Already cached, this is quick.
 */
async function fetchEngine(core: string, signal: AbortSignal, progress: (percent: number) => void): Promise<void> {
  if (!ENGINE) return;
  const names = [ENGINE.worker, core, core.replace(/\.js$/, '.wasm'), `${OCR_LANGUAGE}.traineddata.gz`];
  const sizes = names.map((n) => ENGINE.rawBytes[n] ?? 0);
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  let done = 0;
  for (const name of names) {
    const response = await fetch(ENGINE.base + name, { signal });
    if (!response.ok || !response.body) throw new Error(`${name}: ${response.status}`);
    const reader = response.body.getReader();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      done += value.byteLength;
      progress(Math.min(99, Math.floor((done / total) * 100)));
    }
  }
  progress(100);
}

/** Tesseract's blocks → paragraphs → lines → words, as the reader's OcrPicture (lines top to bottom). */
function toPicture(blocks: { paragraphs: { lines: { words: OcrLine['words'] }[] }[] }[] | null): OcrPicture {
  return {
    lines: (blocks ?? []).flatMap((b) =>
      b.paragraphs.flatMap((p) =>
        p.lines.map((l) => ({
          words: l.words.map((w) => ({
            text: w.text,
            confidence: w.confidence,
            bbox: { x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 },
            symbols: w.symbols?.map((s) => ({ text: s.text, confidence: s.confidence })),
          })),
        })),
      ),
    ),
  };
}

const HAN = /\p{Script=Han}/u;

/** Reads `files` in order (a letter's pages), reporting progress; see OcrRun. */
export function recognise(files: readonly Blob[], onProgress: (progress: OcrProgress) => void): OcrRun {
  const abort = new AbortController();
  let stop: (() => void) | undefined;
  let cancelled = false;
  const cancelledError = () => new OcrError('cancelled');

  const run = async (): Promise<OcrResult> => {
    if (!ENGINE) throw new Error('no OCR engine in this build');
    onProgress({ stage: 'loading', percent: 0 });
    const runtime = await import('./ocr-runtime.ts');
    if (cancelled) throw cancelledError();
    const core = (await runtime.simd()) ? ENGINE.core.simd : ENGINE.core.plain;
    await fetchEngine(core, abort.signal, (percent) => onProgress({ stage: 'loading', percent }));
    if (cancelled) throw cancelledError();
    let current = 0;
    const worker = await runtime.createWorker(OCR_LANGUAGE, OCR_ENGINE_MODE, {
      workerPath: absolute(ENGINE.base + ENGINE.worker),
      corePath: absolute(ENGINE.base + core),
      langPath: absolute(ENGINE.lang),
      gzip: true,
      // The service worker keeps the files; the engine's own copy in IndexedDB would store the data twice.
      cacheMethod: 'none',
      // A worker from a blob: URL would need blob: in the page's CSP; the file's URL takes the CSP of its response.
      workerBlobURL: false,
      logger: (m) => {
        if (m.status === 'recognizing text' && current > 0)
          onProgress({ stage: 'reading', picture: current, pictures: files.length, percent: Math.round(m.progress * 100) });
      },
    });
    stop = () => void worker.terminate();
    if (cancelled) throw cancelledError();
    try {
      await worker.setParameters(OCR_PARAMETERS);
      const pictures: OcrPicture[] = [];
      const images: HTMLCanvasElement[] = [];
      for (const [i, file] of files.entries()) {
        current = i + 1;
        onProgress({ stage: 'reading', picture: current, pictures: files.length, percent: 0 });
        const image = await downscaled(file);
        if (cancelled) throw cancelledError();
        const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
        images.push(image);
        pictures.push(toPicture(data.blocks as Parameters<typeof toPicture>[0]));
      }
      const han = pictures.some((p) => p.lines.some((l) => l.words.some((w) => HAN.test(w.text))));
      if (!han) throw new OcrError('no-text');
      return { pictures, images };
    } finally {
      stop = undefined;
      void worker.terminate();
    }
  };

  const result = run().catch((error: unknown) => {
    if (cancelled) throw cancelledError();
    throw error instanceof OcrError ? error : new OcrError('failed', error);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      abort.abort();
      stop?.();
    },
  };
}

/** Whether this phone keeps the engine (every file of this version in the service worker's cache). */
export async function engineCached(): Promise<boolean> {
  if (!ENGINE || typeof caches === 'undefined') return false;
  try {
    if (!(await caches.has(OCR_CACHE))) return false;
    const cache = await caches.open(OCR_CACHE);
    const core = ENGINE.core.simd;
    const needed = [ENGINE.worker, `${OCR_LANGUAGE}.traineddata.gz`, core, core.replace(/\.js$/, '.wasm')];
    const plain = [ENGINE.core.plain, ENGINE.core.plain.replace(/\.js$/, '.wasm')];
    const has = async (name: string) => Boolean(await cache.match(absolute(ENGINE.base + name)));
    const common = await Promise.all(needed.slice(0, 2).map(has));
    const simdCore = await Promise.all(needed.slice(2).map(has));
    const plainCore = await Promise.all(plain.map(has));
    return common.every(Boolean) && (simdCore.every(Boolean) || plainCore.every(Boolean));
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
