// The letter command line, run as a child process: the reader's JSON on stdout and exit 0, or one plain line on stderr
// and exit 2.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
// 二、缴费时间, so the fee is on page 1 and the phone numbers on page 2.
const page1 = 'scripts/fixtures/letter-pictures/plain-page-1.png';
const page2 = 'scripts/fixtures/letter-pictures/plain-page-2.png';

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
    expect(out.facts).toContainEqual(expect.objectContaining({ kind: 'benefit', what: 'deductible', amountFen: 30000 }));
    // Page 1 before page 2, each fact quoting the recognised text.
    expect(out.text.indexOf('缴费标准')).toBeLessThan(out.text.indexOf('咨询电话'));
    for (const f of out.facts) expect(out.text).toContain(f.quote);
    expect(Array.isArray(out.doubts)).toBe(true);
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
