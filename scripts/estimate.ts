// Command line for the reimbursement estimate (app/policies/estimate/estimate.ts): prints the result as JSON on stdout, each
// trace step and missing item with its Chinese sentence rendered from the UI's own templates (estimate-trace.zh-Hans.json).
// Usage: npm run -s estimate -- --region <id> --care inpatient|outpatient|chronic|accident --cost <yuan>
//          [--level 1|2|3] [--public] [--admission <n>] [--continuous]
// A bad or missing argument prints one line on stderr naming the argument and the accepted values, and exits 2.
import { parseArgs } from 'node:util';
import { MAX_COST_FEN, MissingOptionError, estimate, statedBounds } from '../app/policies/estimate/estimate.ts';
import type { EstimateInput, EstimateOption, EstimateResult } from '../app/policies/estimate/estimate.ts';
import { parseMoneyInput } from '../app/policies/estimate/money-input.ts';
import type { MoneyInputError } from '../app/policies/estimate/money-input.ts';
import { chineseText } from '../app/i18n/estimate-trace.ts';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import { CARE_TYPES, HOSPITAL_LEVELS, REGION_IDS } from '../app/policies/model/types.ts';
import type { CareType, HospitalLevel, RegionId } from '../app/policies/model/types.ts';

const VALUE_FLAGS = ['region', 'care', 'cost', 'level', 'admission'] as const;
const BOOLEAN_FLAGS = ['public', 'continuous'] as const;
const ALL_FLAGS = [...VALUE_FLAGS, ...BOOLEAN_FLAGS].map((f) => `--${f}`).join(', ');
const ACCEPTED = {
  region: REGION_IDS.join(', '),
  care: CARE_TYPES.join(', '),
  cost: `an amount in yuan from 0 to ${MAX_COST_FEN / 100}, with at most two decimals (e.g. 1500 or 1500.50)`,
  level: HOSPITAL_LEVELS.join(', '),
  admission: 'a whole number from 1 (1 = first admission this year)',
} as const;

const NEEDS: Record<EstimateOption, string> = {
  level: 'the hospital level',
  public: 'to know whether it is a public first-level hospital',
  admission: 'the admission number',
  continuous: 'to know whether the child is enrolled without a break',
};

class UsageError extends Error {}

function fail(argument: string, problem: string, accepted: string): never {
  throw new UsageError(`${argument}: ${problem}; accepted: ${accepted}`);
}

type Parsed = Partial<Record<(typeof VALUE_FLAGS)[number], string>> & Partial<Record<(typeof BOOLEAN_FLAGS)[number], true>>;

/**
 * The arguments, read by util.parseArgs. Not strict: its own errors do not name the accepted values, and strict mode
 * refuses "--cost -5" as ambiguous where this reports a negative cost; so its tokens are checked here, in order.
 */
function parse(argv: string[]): Parsed {
  const options = Object.fromEntries([
    ...VALUE_FLAGS.map((flag) => [flag, { type: 'string' as const }]),
    ...BOOLEAN_FLAGS.map((flag) => [flag, { type: 'boolean' as const }]),
  ]);
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const parsed: Parsed = {};
  for (const token of tokens) {
    if (token.kind === 'positional') fail(token.value, 'unexpected argument', ALL_FLAGS);
    if (token.kind === 'option-terminator') fail('--', 'unexpected argument', ALL_FLAGS);
    if (token.kind !== 'option') continue;
    const { name, value } = token;
    if ((BOOLEAN_FLAGS as readonly string[]).includes(name)) {
      if (value !== undefined) fail(`--${name}`, `takes no value (got "${value}")`, `--${name} on its own`);
      parsed[name as (typeof BOOLEAN_FLAGS)[number]] = true;
    } else if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const flag = name as (typeof VALUE_FLAGS)[number];
      if (value === undefined) fail(`--${flag}`, 'missing value', ACCEPTED[flag]);
      parsed[flag] = value;
    } else {
      fail(token.rawName, 'unknown argument', ALL_FLAGS);
    }
  }
  return parsed;
}

const COST_PROBLEMS: Record<MoneyInputError, string> = {
  empty: 'is not a number',
  'not-a-number': 'is not a number',
  negative: 'is negative',
  'too-many-decimals': 'has too many decimals or is too large',
  'too-large': 'has too many decimals or is too large',
};

/** Yuan → fen with the UI's own parser (app/policies/estimate/money-input.ts). */
function costFen(text: string | undefined): number {
  if (text === undefined) fail('--cost', 'missing', ACCEPTED.cost);
  const parsed = parseMoneyInput(text);
  if (!parsed.ok) fail('--cost', `"${text}" ${COST_PROBLEMS[parsed.error]}`, ACCEPTED.cost);
  return parsed.fen;
}

/** The result with each message's sentence beside it: `step` for a trace step, `what` for a missing item. */
function withSentences(result: EstimateResult) {
  return {
    ...result,
    fund: statedBounds(result.shown.fund),
    criticalIllness: statedBounds(result.shown.criticalIllness),
    outOfPocket: statedBounds(result.shown.outOfPocket),
    summary: { text: chineseText(result.summary), message: result.summary },
    missing: result.missing.map(({ id, message, askAt }) => ({ id, what: chineseText(message), askAt, message })),
    // A step whose sentence says "估算不出" carries no bounds either.
    trace: result.trace.map(({ message, ...step }) => ({
      step: chineseText(message),
      ...step,
      ...(step.range && message.params.range === 'unknown' ? { range: { min: null, max: null } } : {}),
      message,
    })),
  };
}

function input(parsed: Parsed): { region: RegionId; input: EstimateInput } {
  const { region, care } = parsed;
  if (region === undefined) fail('--region', 'missing', ACCEPTED.region);
  if (!(REGION_IDS as readonly string[]).includes(region)) fail('--region', `unknown region "${region}"`, ACCEPTED.region);
  if (care === undefined) fail('--care', 'missing', ACCEPTED.care);
  if (!(CARE_TYPES as readonly string[]).includes(care)) fail('--care', `unknown care "${care}"`, ACCEPTED.care);
  const result: EstimateInput = { care: care as CareType, costFen: costFen(parsed.cost) };
  if (parsed.level !== undefined) {
    if (!/^[123]$/.test(parsed.level)) fail('--level', `"${parsed.level}" is not accepted`, ACCEPTED.level);
    result.level = Number(parsed.level) as HospitalLevel;
  }
  if (parsed.admission !== undefined) {
    const n = /^\d+$/.test(parsed.admission) ? Number(parsed.admission) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) fail('--admission', `"${parsed.admission}" is not accepted`, ACCEPTED.admission);
    result.admission = n;
  }
  if (parsed.public) result.public = true;
  if (parsed.continuous) result.continuous = true;
  return { region: region as RegionId, input: result };
}

try {
  const { region, input: args } = input(parse(process.argv.slice(2)));
  try {
    process.stdout.write(`${JSON.stringify(withSentences(estimate(REGIONS[region], args)), null, 2)}\n`);
  } catch (error) {
    if (error instanceof MissingOptionError) {
      fail(`--${error.option}`, `missing, ${region} ${error.care} needs ${NEEDS[error.option]}`, error.accepted.join(', '));
    }
    throw error;
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
