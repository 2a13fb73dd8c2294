// The OCR engine's files as the app serves them (vite.config.ts copies them into dist/ocr/<version>/): tesseract.js's
// worker, its LSTM-only core (a SIMD build and a plain one for phones without WebAssembly SIMD, each a small .js
// beside its .wasm) and the Simplified Chinese data. Served from our own origin, never precached: a parent downloads
// them on the first use of "拍照或选图片", after being told how much (`downloadBytes`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ocrDownloadFiles } from '../app/policies/letter/ocr-settings.ts';

export interface OcrEngineFile {
  /** Its name under /ocr/<version>/. */
  name: string;
  /** Where it comes from, relative to the project's root. */
  from: string;
}

export const OCR_ENGINE_FILES: readonly OcrEngineFile[] = [
  { name: 'worker.min.js', from: 'node_modules/tesseract.js/dist/worker.min.js' },
  { name: 'tesseract-core-simd-lstm.js', from: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.js' },
  { name: 'tesseract-core-simd-lstm.wasm', from: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm' },
  { name: 'tesseract-core-lstm.js', from: 'node_modules/tesseract.js-core/tesseract-core-lstm.js' },
  { name: 'tesseract-core-lstm.wasm', from: 'node_modules/tesseract.js-core/tesseract-core-lstm.wasm' },
  { name: 'chi_sim.traineddata.gz', from: 'node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz' },
];

/** What the app knows of the engine without downloading it (a build-time constant, `__OCR_ENGINE__`). */
export interface OcrEngineInfo {
  /** The folder, e.g. /ocr/7.0.0-1a2b3c4d/: a new engine or data is a new folder, so a cached copy is never stale. */
  base: string;
  worker: string;
  /** The core for phones with WebAssembly SIMD, and the one for phones without. */
  core: { simd: string; plain: string };
  /** The language data's folder (tesseract adds chi_sim.traineddata.gz). */
  lang: string;
  /** Every file of one phone's download (the worker, one core and its .wasm, the data), in bytes on the wire (gzip). */
  downloadBytes: number;
}

export function ocrEngineInfo(root = '.'): { info: OcrEngineInfo; files: { name: string; body: Buffer }[] } {
  const files = OCR_ENGINE_FILES.map(({ name, from }) => ({ name, body: readFileSync(`${root}/${from}`) }));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update(f.body);
  const pkg = JSON.parse(readFileSync(`${root}/node_modules/tesseract.js/package.json`, 'utf8')) as { version: string };
  const base = `/ocr/${pkg.version}-${hash.digest('hex').slice(0, 8)}/`;
  // The .gz data is sent as it is (tesseract gunzips it); the rest is gzipped by the server.
  const wire = (name: string) => {
    const body = files.find((f) => f.name === name)!.body;
    return name.endsWith('.gz') ? body.length : gzipSync(body, { level: 9 }).length;
  };
  const worker = 'worker.min.js';
  const core = { simd: 'tesseract-core-simd-lstm.js', plain: 'tesseract-core-lstm.js' };
  // What a phone with WebAssembly SIMD (nearly every one) downloads; the plain core is about as large.
  const downloadBytes = ocrDownloadFiles(worker, core.simd)
    .map(wire)
    .reduce((a, b) => a + b, 0);
  return { info: { base, worker, core, lang: base, downloadBytes }, files };
}
