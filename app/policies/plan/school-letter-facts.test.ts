// The class message's facts from a letter, as a table: which of the letter's sentences, the days left on a fixed
// day, the number to call, and the warnings that block it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetter } from '../letter/read-letter.ts';
import { letterPolicy } from '../letter/letter-policy.ts';
import { schoolLetterFacts } from './school-letter-facts.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../letter/fixtures', name), 'utf8');
function factsOf(text: string, today: string) {
  const reading = readLetter(text);
  return schoolLetterFacts(letterPolicy(reading, today), reading.warnings, today);
}
const FEE = '各位家长：2027年度城乡居民医保个人缴费标准为每人每年400元，缴费时间为2026年9月1日至2026年12月31日。';

describe('days left on a fixed day (plain.txt: 2026年9月1日至2026年12月31日)', () => {
  it.each<[string, Record<string, unknown>]>([
    ['2026-08-20', { status: 'upcoming', daysUntil: 12 }],
    ['2026-11-23', { status: 'open', daysLeft: 38 }],
    ['2026-12-31', { status: 'open', daysLeft: 0 }],
    ['2027-01-01', { status: 'past' }],
  ])('%s', (today, expected) => {
    const facts = factsOf(fixture('plain.txt'), today);
    if (facts.blocked || 'notStated' in facts.dates) throw new Error('no dates');
    expect(facts.dates).toHaveLength(1);
    expect(facts.dates[0]).toMatchObject({
      ...expected,
      from: '2026-09-01',
      to: '2026-12-31',
      quote: '二、缴费时间：2026年9月1日至2026年12月31日。',
    });
  });
});

describe('the number to call', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['an office the letter names', fixture('plain.txt'), { office: '云溪市医疗保障局', areaCode: '0739', number: '5201234' }],
    ['a hotline only', `${FEE}咨询电话：12345。`, { number: '12345', quote: '咨询电话：12345。' }],
    ['no phone: 12393, explained by N2', FEE, { number: '12393', explain: 'N2' }],
  ])('%s', (_name, letter, call) => {
    const facts = factsOf(letter, '2026-11-23');
    expect(facts.call).toEqual(expect.objectContaining(call));
    if ('office' in call) return;
    expect(facts.call.office).toBeUndefined();
  });
});

it('the fee, each channel and each phone sentence are the letter’s words; a silent point says so', () => {
  const facts = factsOf(fixture('plain.txt'), '2026-11-23');
  if (facts.blocked) throw new Error('blocked');
  expect(facts.fee).toEqual({ quote: '一、缴费标准：2027年度个人缴费标准为每人每年400元，财政补助标准为每人每年700元。' });
  expect(Array.isArray(facts.channels) && facts.channels.map((c) => c.name)).toEqual(['云溪税务', '社保费缴纳']);
  expect(facts.phones.map((p) => p.offices)).toEqual([['云溪市医疗保障局'], ['国家税务总局云溪市税务局']]);
  expect(factsOf(FEE, '2026-11-23')).toMatchObject({ channels: { notStated: true } });
});

it('a letter with any warning is blocked: no facts passed on, 12393 and N5 instead', () => {
  const facts = factsOf(fixture('transfer-to-teacher.txt'), '2026-11-23');
  expect(facts).toMatchObject({ blocked: true, explain: 'N5', call: { number: '12393', explain: 'N2' } });
  expect('fee' in facts).toBe(false);
});
