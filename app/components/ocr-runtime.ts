// The OCR engine's code in the app: tesseract.js's main-thread part, the SIMD check and how a picture is read. A chunk
// of its own that the build puts beside the engine's files in /ocr/ (vite.config.ts): loaded on the first use of
// "拍照或选图片" (ocr-engine.ts), never in the first screen's JavaScript or the precache, kept with the engine in the
// service worker's "ocr" cache. The settings are the command line's and the benchmark's (ocr-settings.ts).
// tesseract.js's own ES module build: its CommonJS sources would add the bundler's CommonJS helpers to the runtime
// chunk every page loads.
import Tesseract from 'tesseract.js/dist/tesseract.esm.min.js';
import { simd } from 'wasm-feature-detect';
import { OCR_ENGINE_MODE, OCR_LANGUAGE, OCR_MAX_SIDE, OCR_PARAMETERS, ocrDownloadFiles } from '../policies/letter/ocr-settings.ts';
import { pictureFromBlocks } from '../policies/letter/ocr-text.ts';
import type { OcrBlocks, OcrPicture } from '../policies/letter/ocr-text.ts';
import { absolute, OcrError } from './ocr-engine.ts';
import type { OcrProgress, OcrResult, OcrRun } from './ocr-engine.ts';

/** How long the engine may take to start once its files are here (a cheap phone compiles and unpacks in seconds). */
const ENGINE_START_LIMIT_MS = 120_000;

/** Set by the build (vite.config.ts), which also made the chunk this module is in. */
const ENGINE = __OCR_ENGINE__;

/** The picture brought down to OCR_MAX_SIDE on its longer side (a 12-megapixel photo would take minutes), on a canvas. */
async function downscaled(file: Blob): Promise<HTMLCanvasElement> {
  // A phone's photo is often stored sideways with an EXIF turn: read it the way it is shown.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
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
  const names = ocrDownloadFiles(ENGINE.worker, core);
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

const HAN = /\p{Script=Han}/u;

/** Reads `files` in order (a letter's pages), reporting progress; see OcrRun in ocr-engine.ts. */
export function readPictures(files: readonly Blob[], onProgress: (progress: OcrProgress) => void): OcrRun {
  const abort = new AbortController();
  let stop: (() => void) | undefined;
  let cancelled = false;
  const cancelledError = () => new OcrError('cancelled');

  const run = async (): Promise<OcrResult> => {
    const core = (await simd()) ? ENGINE.core.simd : ENGINE.core.plain;
    await fetchEngine(core, abort.signal, (percent) => onProgress({ stage: 'loading', percent }));
    if (cancelled) throw cancelledError();
    let current = 0;
    const starting = Tesseract.createWorker(OCR_LANGUAGE, OCR_ENGINE_MODE, {
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
    // A cancel from now on ends the worker whenever it has started.
    stop = () => void starting.then((w) => w.terminate()).catch(() => undefined);
    // An engine that cannot start (its WebAssembly refused, e.g. a server's CSP without 'wasm-unsafe-eval') never
    // answers: after this long, it has failed, and the parent is told so rather than left watching the bar.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const worker = await Promise.race([
      starting,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the OCR engine did not start')), ENGINE_START_LIMIT_MS);
      }),
    ]).catch((error: unknown) => {
      stop?.();
      throw error;
    });
    clearTimeout(timer);
    if (cancelled) {
      void worker.terminate();
      throw cancelledError();
    }
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
        pictures.push(pictureFromBlocks(data.blocks as OcrBlocks[] | null));
      }
      const han = pictures.some((p) => p.lines.some((l) => l.words.some((w) => HAN.test(w.text))));
      if (!han) throw new OcrError('no-text');
      return { pictures, images };
    } finally {
      stop = undefined;
      void worker.terminate();
    }
  };

  // Ending the worker leaves its job unanswered: a cancel settles the result itself.
  let settleCancelled: (error: OcrError) => void = () => {};
  const whenCancelled = new Promise<never>((_, reject) => {
    settleCancelled = reject;
  });
  const result = Promise.race([run(), whenCancelled]).catch((error: unknown) => {
    if (cancelled) throw cancelledError();
    throw error instanceof OcrError ? error : new OcrError('failed', error);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      abort.abort();
      stop?.();
      settleCancelled(cancelledError());
    },
  };
}
