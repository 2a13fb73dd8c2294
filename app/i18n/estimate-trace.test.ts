// The estimate's words: every step and missing item is a message (a template of the `estimate-trace` namespace and
// its values), and the engine writes no sentence itself. For a spread of bills and options in every region and care
// type, each message renders completely in every language; every template is used; the other languages have every
// template with the same {{variables}} and nested templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaves, variables } from './translation-keys.ts';
import type { Tree } from './translation-keys.ts';
import i18next from 'i18next';
import zhHans from './estimate-trace.zh-Hans.json';
import uiZhHans from './zh-Hans.json';
import { NATIONAL_FACTS } from '../policies/model/national.ts';
import zhHant from './estimate-trace.zh-Hant.json';
import en from './estimate-trace.en.json';
import { INTL_LOCALE, TRACE_NS } from './i18n.ts';
import type { Language } from './i18n.ts';
import { MissingOptionError, estimate, estimateOptions } from '../policies/estimate/estimate.ts';
import { yuan } from './estimate-trace.ts';
import type { EstimateInput, EstimateResult, TraceMessage } from '../policies/estimate/estimate.ts';
import { traceMessageText } from '../policies/estimate/estimate-view.ts';
import type { TraceTranslate } from '../policies/estimate/estimate-view.ts';
import { localizeRegion } from '../policies/model/localize.ts';
import { REGIONS } from '../policies/catalog/regions.ts';
import type { RegionPolicy } from '../policies/model/types.ts';
import { CARE_TYPES, HOSPITAL_LEVELS } from '../policies/model/types.ts';
import { formatFen } from '../components/format.ts';

// Every region's dictionary in one (each region ships its own: app/i18n/regions/<id>.<language>.json).
const merged = (files: Record<string, Record<string, string>>) => Object.assign({}, ...Object.values(files)) as Record<string, string>;
const regionsEn = merged(import.meta.glob('./regions/*.en.json', { eager: true, import: 'default' }));
const regionsZhHant = merged(import.meta.glob('./regions/*.zh-Hant.json', { eager: true, import: 'default' }));

const nested = (text: string) => [...text.matchAll(/\$t\(([^)]*)\)/g)].map((m) => m[1]).sort();

const TEMPLATES: Record<Language, Tree> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** i18next as the app sets it up (no escaping), with only this namespace. */
function translator(language: Language): TraceTranslate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { [TRACE_NS]: TEMPLATES[language] } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const t = instance.getFixedT(language, TRACE_NS);
  return (key, params) => t(key, params);
}

// Bills from the hand-worked table in estimate.test.ts (in yuan): below, at and above every deductible, cap, 大病保险
// bracket edge and the rounding cases, plus nothing at all and the largest bill accepted.
const COSTS_YUAN = [
  0, 0.01, 100, 300, 400, 500, 800, 1000, 1211.11, 2000, 3000, 8000, 10000, 12000, 20000, 26150, 26160, 50000, 150000, 200000, 200900,
  220000, 250000, 300000, 320000, 420000, 520000, 702133.34, 800000, 1000000, 1200000, 100_0000_0000,
];

/** Every option combination the region's rule reads: levels, 公立 at level 1, admissions 1 to 3, continuous or not. */
function inputs(region: RegionPolicy): EstimateInput[] {
  const all: EstimateInput[] = [];
  for (const care of CARE_TYPES) {
    const specs = estimateOptions(region, care).map((s) => s.option);
    const levels = specs.includes('level') ? HOSPITAL_LEVELS : [undefined];
    for (const level of levels) {
      for (const isPublic of specs.includes('public') && level === 1 ? [false, true] : [undefined]) {
        for (const admission of specs.includes('admission') ? [1, 2, 3] : [undefined]) {
          for (const continuous of specs.includes('continuous') ? [false, true] : [undefined]) {
            for (const cost of COSTS_YUAN) {
              all.push({
                care,
                costFen: Math.round(cost * 100),
                ...(level === undefined ? {} : { level }),
                ...(isPublic === undefined ? {} : { public: isPublic }),
                ...(admission === undefined ? {} : { admission }),
                ...(continuous === undefined ? {} : { continuous }),
              });
            }
          }
        }
      }
    }
    // The rule asks for a level it is not given: no result, nothing to render.
    if (specs.includes('level')) expect(() => estimate(region, { care, costFen: 100 })).toThrow(MissingOptionError);
  }
  return all;
}

/**
 * 聊城 altered to reach the branches no region's data does: a 大病保险 cap not stated, one only for continuous
 * enrolment, and a later-admission rule that starts from the third stay (so a second stay pays the full deductible).
 */
function variants(): RegionPolicy[] {
  const liaocheng = REGIONS.liaocheng;
  const ci = liaocheng.benefits.criticalIllness;
  const inpatient = liaocheng.benefits.care.inpatient;
  if ('notStated' in ci || 'notStated' in ci.cap || 'notStated' in inpatient || 'notStated' in inpatient.deductible) {
    throw new Error('聊城 is expected to state its 大病保险 cap and its inpatient deductible');
  }
  const gap = { notStated: true as const, what: '大病保险的年度限额', askAt: [...liaocheng.confirmWith] };
  const deductible = inpatient.deductible;
  if (deductible.kind !== 'by-level') throw new Error('聊城 inpatient deductible is expected to depend on the level');
  const withCi = (criticalIllness: typeof ci): RegionPolicy => ({ ...liaocheng, benefits: { ...liaocheng.benefits, criticalIllness } });
  return [
    withCi({ ...ci, cap: gap }),
    withCi({ ...ci, cap: { ...ci.cap, ifNotContinuous: gap } }),
    {
      ...liaocheng,
      benefits: {
        ...liaocheng.benefits,
        care: {
          ...liaocheng.benefits.care,
          inpatient: {
            ...inpatient,
            deductible: { ...deductible, laterAdmissions: deductible.laterAdmissions.filter((a) => a.fromAdmission >= 3) },
          },
        },
      },
    },
  ];
}

const REGION_CASES: [string, RegionPolicy][] = [
  ...Object.values(REGIONS).map((r) => [r.id, r] as [string, RegionPolicy]),
  ...variants().map((r, i) => [`聊城 variant ${i + 1}`, r] as [string, RegionPolicy]),
];

const computed = new Map<RegionPolicy, EstimateResult[]>();
function results(region: RegionPolicy): EstimateResult[] {
  if (!computed.has(region))
    computed.set(
      region,
      inputs(region).map((input) => estimate(region, input)),
    );
  return computed.get(region)!;
}

/** The keys a message uses: its own, those its simplified-Chinese template nests ($t(x.{{param}})) and joins with. */
function usedKeys(message: TraceMessage): string[] {
  const { key, params, lists = {} } = message;
  const template = String(leaves(zhHans)[key] ?? '');
  const nestedKeys = [...template.matchAll(/\$t\(([^{)]*)\{\{(\w+)\}\}\)/g)].map(([, prefix, param]) => `${prefix}${params[param!]}`);
  return [key, ...nestedKeys, ...Object.entries(lists).flatMap(([name, items]) => [`separator.${name}`, ...items.flatMap(usedKeys)])];
}

describe('estimate trace messages, rendered with the simplified-Chinese templates', { timeout: 60_000 }, () => {
  const zh = translator('zh-Hans');

  it('are the only words: the engine writes no Chinese sentence of its own', () => {
    // Comments and the doc strings may explain in Chinese; code may not (each sentence lives in the templates).
    const code = readFileSync(new URL('../policies/estimate/estimate.ts', import.meta.url), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code.match(/[^\n]*[\u4e00-\u9fff][^\n]*/g) ?? []).toEqual([]);
  });

  it.each(REGION_CASES)('render every step and missing item with nothing left unfilled: %s', (_name, region) => {
    let steps = 0;
    for (const result of results(region)) {
      for (const message of [result.summary, ...result.trace.map((s) => s.message), ...result.missing.map((m) => m.message)]) {
        const text = traceMessageText(message, zh, yuan);
        expect(text, message.key).not.toMatch(/\{\{|\$t\(|undefined|NaN|null|^$/);
        steps += 1;
      }
    }
    expect(steps).toBeGreaterThan(0);
  });

  it('use every template (none is left over from an older engine)', () => {
    const used = new Set(
      REGION_CASES.flatMap(([, region]) =>
        results(region).flatMap((r) => [r.summary, ...r.trace.map((s) => s.message), ...r.missing.map((m) => m.message)]),
      ).flatMap(usedKeys),
    );
    expect(Object.keys(leaves(zhHans)).filter((key) => !used.has(key))).toEqual([]);
  });

  it('sit beside N1.3 shown word for word from the national facts (simplified Chinese is the fact itself)', () => {
    expect(uiZhHans.national.N1_3).toBe(NATIONAL_FACTS['N1.3'].text);
  });

  it('carry the engine-written "up to" ratio of 江门 as a message', () => {
    const result = estimate(REGIONS['jiangmen-heshan'], { care: 'inpatient', costFen: 2_000_000 });
    expect(result.missing.find((m) => m.id === 'inpatient-ratio')?.message).toEqual({
      key: 'missing.ratioUpTo',
      params: { label: '住院', percent: 85 },
    });
  });
});

describe.each([
  ['zh-Hant', zhHant, regionsZhHant],
  ['en', en, regionsEn],
] as const)('estimate trace templates in %s', { timeout: 60_000 }, (language, templates, regionDictionary) => {
  const source = leaves(zhHans);

  it('have every template of simplified Chinese, with the same {{variables}} and nested templates, and no other', () => {
    const translated = leaves(templates as Tree);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(source).sort());
    for (const [key, text] of Object.entries(source)) {
      expect(translated[key]?.trim(), key).toBeTruthy();
      expect(variables(translated[key]!), key).toEqual(variables(text));
      expect(nested(translated[key]!), key).toEqual(nested(text));
    }
  });

  const t = translator(language);
  const locale = INTL_LOCALE[language];
  const written = new Map<number, string>();
  const money = (fen: number) => written.get(fen) ?? written.set(fen, formatFen(fen, locale)).get(fen)!;
  /** Every amount of the message and its lists' items, as Intl writes it. */
  const amounts = (message: TraceMessage): string[] => [
    ...Object.entries(message.params).flatMap(([name, value]) => (name.endsWith('Fen') && typeof value === 'number' ? [money(value)] : [])),
    ...Object.values(message.lists ?? {})
      .flat()
      .flatMap(amounts),
  ];

  it.each(REGION_CASES)('render every message of the localized region with Intl amounts and nothing left unfilled: %s', (_name, source) => {
    const region = localizeRegion(source, regionDictionary as Record<string, string>);
    for (const result of results(region)) {
      const messages = [result.summary, ...result.trace.map((s) => s.message), ...result.missing.map((m) => m.message)];
      for (const message of messages) {
        const text = traceMessageText(message, t, money);
        expect(text, message.key).not.toMatch(/\{\{|\$t\(|undefined|NaN|null/);
        for (const amount of amounts(message)) expect(text, message.key).toContain(amount);
      }
    }
  });
});
