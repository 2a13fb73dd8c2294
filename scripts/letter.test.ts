// The letter command line, run as a child process: the reader's JSON on stdout and exit 0, or one plain line on stderr
// and exit 2.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixture = 'app/policies/letter/fixtures/plain.txt';

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
