// The area codes the app puts in front of 12393 for the place a child is insured now: each one national.md's N3
// gives, and each the one its region module dials.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { N3_AREA_CODES, originHotline } from './national.ts';
import { REGIONS } from '../catalog/regions.ts';

const nationalMd = resolve(process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../../../shared/seeds'), 'national.md');

describe('originHotline', () => {
  it.each([
    ['liaocheng', '0635'],
    ['tianjin', '022'],
    ['jiangmen', '0750'],
  ] as const)('%s: 12393 with the code N3 gives (%s), cited to N2 and N3', (place, code) => {
    const h = originHotline(place);
    expect(h).toMatchObject({ areaCode: code, number: '12393' });
    expect(h.cite.map((c) => c.entry)).toEqual(['N2', 'N3']);
  });

  it('a place N3 does not name: 12393 alone, no code made up', () => {
    expect(originHotline(undefined)).toEqual({ number: '12393', cite: [expect.objectContaining({ entry: 'N2' })] });
  });

  it('every region module dials the code N3 gives for its place', () => {
    for (const region of Object.values(REGIONS)) {
      const place = N3_AREA_CODES.find((p) => region.name.startsWith(p.place));
      expect(place?.areaCode, region.id).toBe(region.areaCode);
    }
  });
});

if (existsSync(nationalMd)) {
  it('every code is the one national.md N3 lists for its city', () => {
    const n3 = readFileSync(nationalMd, 'utf8').split('## N3')[1]!.split('##')[0]!;
    for (const p of N3_AREA_CODES) {
      const city = p.place.replace(/^.*?(省|自治区)/, '').replace(/市$/, '');
      expect(n3, p.place).toContain(`${city} ${p.areaCode}`);
    }
  });
} else {
  it('SKIPPED: ../shared/seeds/national.md is absent, so the area codes were not checked against N3', () => {
    console.log(`N3 check SKIPPED: ${nationalMd} not found`);
    expect(existsSync(nationalMd)).toBe(false);
  });
}
