// The OCR engine's code in the app (tesseract.js's main-thread part and the SIMD check), a chunk of its own that
// the build puts beside the engine's files in /ocr/ (vite.config.ts): loaded on the first use of "拍照或选图片", never in
// the first screen's JavaScript or the precache, kept with the engine in the service worker's "ocr" cache.
import Tesseract from 'tesseract.js';
import { simd } from 'wasm-feature-detect';

export const createWorker = Tesseract.createWorker;
export { simd };
