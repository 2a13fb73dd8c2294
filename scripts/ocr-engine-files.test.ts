// The OCR engine as the build copies it into dist/ocr/<version>/ (vite.config.ts): every file there, the folder named
// by the engine's version and contents, and the download the app announces ("需要下载约 N MB").
import { describe, expect, it } from 'vitest';
import { OCR_ENGINE_FILES, ocrEngineInfo } from './ocr-engine-files.ts';

describe('the OCR engine files', () => {
  const { info, files } = ocrEngineInfo();

  it('are the worker, an LSTM core with and without SIMD (each .js beside its .wasm) and the chi_sim data', () => {
    expect(files.map((f) => f.name)).toEqual(OCR_ENGINE_FILES.map((f) => f.name));
    for (const core of Object.values(info.core)) {
      expect(files.map((f) => f.name)).toContain(core);
      expect(files.map((f) => f.name)).toContain(core.replace(/\.js$/, '.wasm'));
    }
    const data = files.find((f) => f.name === 'chi_sim.traineddata.gz')!.body;
    // Gzipped by its maker: served as it is, the engine gunzips it.
    expect([...data.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  it('live in a folder named by the version and a hash of their contents, so a new engine never meets an old cache', () => {
    expect(info.base).toMatch(/^\/ocr\/\d+\.\d+\.\d+-[0-9a-f]{8}\/$/);
    expect(info.lang).toBe(info.base);
  });

  it('make one download of about 3 MB (worker, one core, data; gzip on the wire)', () => {
    expect(info.downloadBytes).toBeGreaterThan(2_000_000);
    expect(info.downloadBytes).toBeLessThan(4_000_000);
  });
});
