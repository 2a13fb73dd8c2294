// The letter's pictures read in Node (the command line and the benchmark) with the engine and data the phone uses:
// tesseract.js with @tesseract.js-data/chi_sim's best_int model and the settings of ocr-settings.ts. Every path is
// local: the core comes from node_modules (tesseract.js's Node worker requires tesseract.js-core, never a URL), the
// data from the data package's folder, the pictures are passed as bytes, and nothing is cached to disk, so no
// request leaves the machine (tesseract.js only downloads when langPath is unset or a URL).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorker, type Worker } from 'tesseract.js';
import { OCR_ENGINE_MODE, OCR_LANGUAGE, OCR_PARAMETERS } from '../app/policies/letter/ocr-settings.ts';
import { pictureFromBlocks } from '../app/policies/letter/ocr-text.ts';
import type { OcrPicture } from '../app/policies/letter/ocr-text.ts';

const require = createRequire(import.meta.url);

/** The folder of chi_sim.traineddata.gz (best_int: the LSTM model, 1.7 MB, the one the phone downloads). */
export const OCR_DATA_DIR = join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int');

/** What a file holds, from its first bytes: only PNG and JPEG are pictures here. */
export function pictureType(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** One engine, started once, read picture after picture; `terminate` frees its memory. */
export async function startOcr(): Promise<{ read: (bytes: Uint8Array) => Promise<OcrPicture>; terminate: () => Promise<void> }> {
  const worker: Worker = await createWorker(OCR_LANGUAGE, OCR_ENGINE_MODE, {
    langPath: OCR_DATA_DIR,
    gzip: true,
    cacheMethod: 'none',
  });
  // debug_file: the engine's own messages ("Estimating resolution as …") would otherwise go to stderr.
  await worker.setParameters({ ...OCR_PARAMETERS, debug_file: '/dev/null' });
  return {
    async read(bytes) {
      const { data } = await worker.recognize(Buffer.from(bytes), {}, { blocks: true, text: false });
      return pictureFromBlocks(data.blocks);
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}

/**
 * Reads the pictures in order (a letter's pages) with one engine, and says how many seconds each took. A file that is
 * not a PNG or JPEG, or cannot be read, rejects with a plain message naming it.
 */
export async function recognisePictures(files: string[]): Promise<{ pictures: OcrPicture[]; seconds: number[]; startSeconds: number }> {
  const all: Uint8Array[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})`, { cause: error });
    }
    if (!pictureType(bytes)) throw new Error(`${file}: not a PNG or JPEG picture`);
    all.push(bytes);
  }
  return recogniseBytes(all, files);
}

/**
 * As recognisePictures, for pictures already in memory (the benchmark's rendered screens); `startSeconds`: starting the
 * engine (its core and the unpacked chi_sim data), before the first picture.
 */
export async function recogniseBytes(
  all: Uint8Array[],
  names: string[] = [],
): Promise<{ pictures: OcrPicture[]; seconds: number[]; startSeconds: number }> {
  const pictures: OcrPicture[] = [];
  const seconds: number[] = [];
  if (!all.length) return { pictures, seconds, startSeconds: 0 };
  const started = performance.now();
  const ocr = await startOcr();
  const startSeconds = (performance.now() - started) / 1000;
  try {
    for (const [i, bytes] of all.entries()) {
      const start = performance.now();
      try {
        pictures.push(await ocr.read(bytes));
      } catch (error) {
        throw new Error(`${names[i] ?? `picture ${i + 1}`}: cannot be read as a picture (${String(error).split('\n')[0]})`, {
          cause: error,
        });
      }
      seconds.push((performance.now() - start) / 1000);
    }
  } finally {
    await ocr.terminate();
  }
  return { pictures, seconds, startSeconds };
}
