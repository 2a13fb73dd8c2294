// The estimate command line, run as a child process: JSON on stdout and exit 0, or one line on stderr and exit 2.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/estimate.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const REGIONS = (await import('../app/policies/model/types.ts')).REGION_IDS.join(', ');
const CARES = 'inpatient, outpatient, chronic, accident';
const COST = 'an amount in yuan from 0 to 10000000000, with at most two decimals (e.g. 1500 or 1500.50)';
const FLAGS = '--region, --care, --cost, --level, --admission, --public, --continuous';
const base = ['--region', 'liaocheng', '--care', 'inpatient'];

describe.concurrent('estimate CLI', { timeout: 30_000 }, () => {
  it('prints an exact 聊城 estimate as JSON', async () => {
    const { code, stdout, stderr } = await cli([...base, '--cost', '150000', '--level', '3']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual([
      'region',
      'policyYear',
      'care',
      'cost',
      'exact',
      'fund',
      'criticalIllness',
      'outOfPocket',
      'shown',
      'summary',
      'missing',
      'trace',
    ]);
    expect(result).toMatchObject({
      region: 'liaocheng',
      policyYear: '2024学年',
      care: 'inpatient',
      cost: 15000000,
      exact: true,
      fund: { min: 8946000, max: 8946000 },
      criticalIllness: { min: 2972400, max: 2972400 },
      outOfPocket: { min: 3081600, max: 3081600 },
      missing: [],
    });
    // The sentence is rendered from the UI's template and values; the 起付线 is a limit, not an amount paid.
    expect(result.trace[1]).toMatchObject({
      step: '起付线：三级医院首次住院 900元',
      policyYear: '2024学年',
      message: { key: 'deductible.level', params: { place: 'level3', admissionCase: 'first', deductibleFen: 90000 } },
    });
    expect(result.trace[1].amountFen).toBeUndefined();
    expect(result.trace[1].cite.section).toBe('五、医保待遇 1.住院');
  });

  it('prints a 江门 bound with nulls and what is missing', async () => {
    const { code, stdout, stderr } = await cli(['--region', 'jiangmen-heshan', '--care', 'inpatient', '--cost', '20000']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      region: 'jiangmen-heshan',
      exact: false,
      cost: 2000000,
      fund: { min: null, max: 1700000 },
      criticalIllness: { min: null, max: null },
      outOfPocket: { min: null, max: null },
    });
    expect(result.missing.map((m: { id: string }) => m.id)).toEqual(['inpatient-deductible', 'inpatient-ratio', 'critical-illness']);
    expect(result.missing[1].what).toBe('住院的实际报销比例（只写了最高85%）');
    // Only the fund can be bounded: the one phrase says what that means for the family.
    expect(result.summary.text).toBe('基本医保最多报约17000元；家里自付多少，材料没写');
    expect(result.shown).toEqual({
      fund: { kind: 'at-most', max: 1700000 },
      criticalIllness: { kind: 'unknown' },
      outOfPocket: { kind: 'unknown' },
    });
  });

  it('prints null bounds for a part the source does not state, never two maxima each equal to the bill (issue 18, 13)', async () => {
    // Before: fund.max 30000 and criticalIllness.max 30000 for a bill of 30000 fen, marked only by shown.kind.
    const { code, stdout } = await cli(['--region', 'wenzhou-lucheng', '--care', 'outpatient', '--cost', '300']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.shown.fund).toEqual({ kind: 'unknown' });
    expect(result.fund).toEqual({ min: null, max: null });
    expect(result.criticalIllness).toEqual({ min: null, max: null });
    for (const step of result.trace) if (step.message.params.range === 'unknown') expect(step.range).toEqual({ min: null, max: null });
  });

  it('reads flags given as --name=value, the options and a cost with fen', async () => {
    const { code, stdout } = await cli([
      '--region=liaocheng',
      '--care=inpatient',
      '--cost=10000.50',
      '--level=1',
      '--public',
      '--admission',
      '2',
    ]);
    expect(code).toBe(0);
    // D = 100 / 2 = 50; (10000.50 − 50) × 90% = 8955.45.
    expect(JSON.parse(stdout)).toMatchObject({ cost: 1000050, fund: { min: 895545, max: 895545 } });
    const tianjin = await cli(['--region', 'tianjin', '--care', 'outpatient', '--cost', '8000', '--continuous']);
    expect(JSON.parse(tianjin.stdout).fund).toEqual({ min: null, max: 500000 });
  });

  it.each([
    [[], `--region: missing; accepted: ${REGIONS}`],
    [['--region', 'beijing', '--care', 'inpatient', '--cost', '1'], `--region: unknown region "beijing"; accepted: ${REGIONS}`],
    [['--region'], `--region: missing value; accepted: ${REGIONS}`],
    [['--region', 'liaocheng', '--cost', '1'], `--care: missing; accepted: ${CARES}`],
    [['--region', 'liaocheng', '--care', 'dental', '--cost', '1'], `--care: unknown care "dental"; accepted: ${CARES}`],
    [base, `--cost: missing; accepted: ${COST}`],
    [[...base, '--cost', 'abc'], `--cost: "abc" is not a number; accepted: ${COST}`],
    [[...base, '--cost', '1e3'], `--cost: "1e3" is not a number; accepted: ${COST}`],
    [[...base, '--cost', ''], `--cost: "" is not a number; accepted: ${COST}`],
    [[...base, '--cost', '-5'], `--cost: "-5" is negative; accepted: ${COST}`],
    [[...base, '--cost', '12.345'], `--cost: "12.345" has too many decimals or is too large; accepted: ${COST}`],
    [[...base, '--cost', '99999999999'], `--cost: "99999999999" has too many decimals or is too large; accepted: ${COST}`],
    [[...base, '--cost', '100'], '--level: missing, liaocheng inpatient needs the hospital level; accepted: 1, 2, 3'],
    [[...base, '--cost', '100', '--level', '4'], '--level: "4" is not accepted; accepted: 1, 2, 3'],
    [[...base, '--cost', '100', '--level', 'three'], '--level: "three" is not accepted; accepted: 1, 2, 3'],
    [[...base, '--cost', '100', '--level'], '--level: missing value; accepted: 1, 2, 3'],
    [
      [...base, '--cost', '100', '--level', '3', '--admission', '0'],
      '--admission: "0" is not accepted; accepted: a whole number from 1 (1 = first admission this year)',
    ],
    [
      [...base, '--cost', '100', '--level', '3', '--admission', '1.5'],
      '--admission: "1.5" is not accepted; accepted: a whole number from 1 (1 = first admission this year)',
    ],
    [[...base, '--cost', '100', '--level', '3', '--public=yes'], '--public: takes no value (got "yes"); accepted: --public on its own'],
    [[...base, '--cost', '100', '--hospital', '3'], `--hospital: unknown argument; accepted: ${FLAGS}`],
    [[...base, '100'], `100: unexpected argument; accepted: ${FLAGS}`],
  ])('rejects %j with exit 2 and one line naming the argument', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
