/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

// The simplified Chinese words cut in two by the build (app/i18n/first-screen-words.ts).
declare module '*zh-Hans.json?words=first-screen' {
  const words: import('./i18n/shipped-strings.ts').StringTree;
  export default words;
}
declare module '*zh-Hans.json?words=pages' {
  const words: import('./i18n/shipped-strings.ts').StringTree;
  export default words;
}

/** The OCR engine as served (vite.config.ts, scripts/ocr-engine-files.ts): known to the app without downloading it. */
declare const __OCR_ENGINE__: {
  /** Its folder, e.g. /ocr/7.0.0-1a2b3c4d/ (a new engine, a new folder). */
  base: string;
  worker: string;
  core: { simd: string; plain: string };
  lang: string;
  /** One phone's download, in bytes on the wire. */
  downloadBytes: number;
  /** Each file in the folder and its size as stored (the progress bar counts the bytes as they arrive). */
  rawBytes: Record<string, number>;
};

/** tesseract.js's ES module build (app/components/ocr-runtime.ts): the package's own types. */
declare module 'tesseract.js/dist/tesseract.esm.min.js' {
  import Tesseract from 'tesseract.js';
  export default Tesseract;
}
