// How a picture of a letter is recognised: one set of engine settings for the phone (app/components/ocr-engine.ts),
// the command line and the benchmark (scripts/ocr-node.ts), so what the benchmark measures is what a parent gets.
// Pure data; the engine is tesseract.js with its Simplified Chinese data, both served from our own origin.

/** Tesseract's language: Simplified Chinese (its data also reads the digits and Latin letters in a letter). */
export const OCR_LANGUAGE = 'chi_sim';
/** OEM 1: the LSTM engine only (the smaller core, and the data package's best_int model is LSTM-only). */
export const OCR_ENGINE_MODE = 1;
/** Engine parameters: PSM 3 (fully automatic page layout: a screenshot holds paragraphs, tables and lists). */
export const OCR_PARAMETERS: Record<string, string> = {
  tessedit_pageseg_mode: '3',
};
/**
 * A picture's longer side is brought down to this many pixels before it is read: a 12-megapixel photo would take
 * minutes and the memory of a cheap phone, and text at this size is still large enough to read.
 */
export const OCR_MAX_SIDE = 2400;

/** The service worker's cache of the engine (app/sw.ts): kept across app versions, deleted by "删除识别程序". */
export const OCR_CACHE = 'ocr';

/** The files one phone downloads to read pictures: the worker, the core (its .js beside its .wasm) and the data. */
export function ocrDownloadFiles(worker: string, core: string): string[] {
  return [worker, core, core.replace(/\.js$/, '.wasm'), `${OCR_LANGUAGE}.traineddata.gz`];
}
