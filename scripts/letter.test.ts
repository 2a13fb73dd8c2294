// The letter command line, run as a child process: the reader's JSON on stdout and exit 0, or one plain line on stderr
// and exit 2.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLetter } from '../app/policies/letter/read-letter.ts';
import { compare } from './bench-letter-photo.ts';

const root = join(import.meta.dirname, '..');
const fixture = 'app/policies/letter/fixtures/plain.txt';
/** A text file named as a picture. */
const notPicture = 'scripts/fixtures/letter-pictures/not-a-picture.png';

function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/letter.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin ?? '');
  });
}

// Each run starts Node with tsx (seconds on a busy 2-core machine): a generous limit.
describe.concurrent('letter CLI', { timeout: 120_000 }, () => {
  it('prints the reading of a file as JSON: isLetter, policyYear, facts with quotes, warnings', async () => {
    const { code, stdout, stderr } = await cli([fixture]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['isLetter', 'policyYear', 'facts', 'warnings']);
    expect(out).toMatchObject({ isLetter: true, policyYear: '2027年度', warnings: [] });
    expect(out.facts).toContainEqual(
      expect.objectContaining({
        kind: 'fee',
        amountFen: 40000,
        quote: '一、缴费标准：2027年度个人缴费标准为每人每年400元，财政补助标准为每人每年700元。',
      }),
    );
  });

  it('reads stdin with -, and gives warnings as { kind, quote }', async () => {
    const { code, stdout } = await cli(['-'], '城乡居民医保缴费：请把400元微信转账给班主任。');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings).toEqual([{ kind: 'pay-person', quote: '城乡居民医保缴费：请把400元微信转账给班主任。' }]);
  });

  it('says when a text is not a letter', async () => {
    const { code, stdout } = await cli(['app/policies/letter/fixtures/heating-fee.txt']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ isLetter: false, notLetter: 'other-topic', policyYear: null, facts: [], warnings: [] });
  });

  it('a missing file: exit 2 and one plain line', async () => {
    const { code, stdout, stderr } = await cli(['no-such-letter.txt']);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'letter: no-such-letter.txt: no such file\n' });
  });

  it('no file, or two: exit 2 and the usage', async () => {
    const runs = await Promise.all([[], ['a.txt', 'b.txt'], ['--verbose', 'a.txt']].map((args) => cli(args)));
    for (const { code, stderr } of runs) {
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/usage: npm run -s letter -- FILE/);
    }
  });
});

// Pictures: plain.txt drawn as two phone screens (360 CSS px wide, DPR 2) by scripts/render-letter.ts, split after
// 二、缴费时间, so the fee is on page 1 (PNG) and the phone numbers on page 2 (saved as a JPEG, quality 85).
const page1 = 'scripts/fixtures/letter-pictures/plain-page-1.png';
const page2 = 'scripts/fixtures/letter-pictures/plain-page-2.jpg';

/** A white PNG of 64 × 64 grey pixels: a picture with no text. */
function blankPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(64, 0);
  header.writeUInt32BE(64, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc(64 * 65, 255);
  for (let y = 0; y < 64; y++) rows[y * 65] = 0; // each row: filter 0, then white pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// OCR in Node: a few seconds a picture here, up to 3× slower on a busy CI machine.
describe('letter CLI with pictures', { timeout: 180_000 }, () => {
  it('reads two pages in order into one letter: facts of both, the recognised text, and doubts', async () => {
    const { code, stdout, stderr } = await cli([page1, page2]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['isLetter', 'policyYear', 'facts', 'warnings', 'doubts', 'text']);
    expect(out).toMatchObject({ isLetter: true, policyYear: '2027年度', warnings: [] });
    expect(out.facts).toContainEqual(expect.objectContaining({ kind: 'fee', amountFen: 40000 }));
    expect(out.facts).toContainEqual(expect.objectContaining({ kind: 'window', from: '2026-09-01', to: '2026-12-31' }));
    expect(out.facts).toContainEqual(expect.objectContaining({ kind: 'phone', number: '5201234', areaCode: '0739' }));
    // Every figure shown has a value the pasted text gives: on this JPEG the engine reads 70% as 709%, a doubt, so the
    // inpatient sentence's figures are held back rather than shown wrong.
    const fromText = readLetter(readFileSync(join(root, fixture), 'utf8'));
    expect(compare(fromText, { ...fromText, facts: out.facts }).wrong).toEqual([]);
    for (const d of out.doubts) expect(out.text).toContain(d.context);
    // Page 1 before page 2, each fact quoting the recognised text.
    expect(out.text.indexOf('缴费标准')).toBeLessThan(out.text.indexOf('咨询电话'));
    for (const f of out.facts) expect(out.text).toContain(f.quote);
  });

  it('a picture with no text: an empty reading, no facts, said as notLetter "empty"', async () => {
    const blank = join(mkdtempSync(join(tmpdir(), 'letter-')), 'blank.png');
    writeFileSync(blank, blankPng());
    const { code, stdout, stderr } = await cli([blank]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      isLetter: false,
      notLetter: 'empty',
      policyYear: null,
      facts: [],
      warnings: [],
      doubts: [],
      text: '',
    });
  });

  it('a picture that is not one, alone or among pages: exit 2 and one plain line', async () => {
    const runs = await Promise.all([[notPicture], [page1, notPicture], [page1, 'no-such-page.png']].map((args) => cli(args)));
    expect(runs.map(({ code, stdout }) => ({ code, stdout }))).toEqual(runs.map(() => ({ code: 2, stdout: '' })));
    expect(runs[0]!.stderr).toBe(`letter: ${notPicture}: not a PNG or JPEG picture\n`);
    expect(runs[1]!.stderr).toMatch(/^letter: .*: not a PNG or JPEG picture .*usage: npm run -s letter -- FILE/);
    expect(runs[2]!.stderr).toMatch(/^letter: no-such-page.png: no such file; usage/);
    for (const { stderr } of runs) expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
