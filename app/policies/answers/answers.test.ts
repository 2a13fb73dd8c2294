import { describe, expect, it } from 'vitest';
import { answersToSearch, bornEarliest, bornProblem, parseAnswers } from './answers.ts';

const today = '2026-11-23';

describe('parseAnswers', () => {
  it.each([
    ['stage=primary&insured=none&residency=local&aid=no', { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' }],
    ['stage=newborn&born=2026-10-01', { stage: 'newborn', born: '2026-10-01' }],
    ['stage=newborn&born=2026-11-23', { stage: 'newborn', born: '2026-11-23' }],
    // A birth date means nothing for a pupil, so it is dropped without a complaint.
    ['stage=junior&born=2026-10-01', { stage: 'junior' }],
    ['stage=%20senior%20', { stage: 'senior' }],
    ['', {}],
    ['stage=&aid=', {}],
    ['utm_source=wechat&stage=college', { stage: 'college' }],
  ])('keeps the valid answers of %s', (query, expected) => {
    const { answers, problems } = parseAnswers(query, today);
    expect(answers).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it.each([
    ['stage=university', 'stage', 'unknown-value', {}],
    ['stage=primary&insured=yes', 'insured', 'unknown-value', { stage: 'primary' }],
    ['stage=primary&residency=LOCAL', 'residency', 'unknown-value', { stage: 'primary' }],
    ['aid=1&stage=senior', 'aid', 'unknown-value', { stage: 'senior' }],
    ['stage=newborn&born=2026-02-30', 'born', 'malformed-date', { stage: 'newborn' }],
    ['stage=newborn&born=20261001', 'born', 'malformed-date', { stage: 'newborn' }],
    ['stage=newborn&born=2026-11-24', 'born', 'future-date', { stage: 'newborn' }],
    ['stage=newborn&born=0000-01-01', 'born', 'too-old', { stage: 'newborn' }],
  ])('reports %s and keeps the rest', (query, field, reason, kept) => {
    const { answers, problems } = parseAnswers(query, today);
    expect(problems).toEqual([expect.objectContaining({ field, reason })]);
    expect(answers).toEqual(kept);
  });

  it('reports every bad value of a link at once', () => {
    const { problems } = parseAnswers('stage=x&insured=y&residency=z&aid=w', today);
    expect(problems.map((p) => p.field)).toEqual(['stage', 'insured', 'residency', 'aid']);
  });
});

describe('answersToSearch', () => {
  it('writes the fields in the contract order and round-trips', () => {
    const answers = { aid: 'no', residency: 'permit', insured: 'other-province', stage: 'newborn', born: '2026-09-30' } as const;
    const search = answersToSearch(answers);
    expect(search).toBe('?stage=newborn&born=2026-09-30&insured=other-province&residency=permit&aid=no');
    expect(parseAnswers(search.slice(1), today).answers).toEqual(answers);
  });

  it('leaves out a birth date that does not apply, and empty answers', () => {
    expect(answersToSearch({ stage: 'primary', born: '2026-01-01' })).toBe('?stage=primary');
    expect(answersToSearch({})).toBe('');
    expect(answersToSearch({ stage: 'senior' }, { from: 'check' })).toBe('?stage=senior&from=check');
  });
});

describe('bornEarliest', () => {
  it.each([
    ['2026-11-23', '2020-11-23'],
    ['2028-02-29', '2022-02-28'],
    ['2026-01-01', '2020-01-01'],
  ])('on %s a birth date may be as early as %s', (today, earliest) => expect(bornEarliest(today)).toBe(earliest));
});

describe('bornProblem (shared by links and the date question)', () => {
  it.each([
    ['2026-11-23', undefined],
    ['2026-01-31', undefined],
    ['2026-11-24', 'future-date'],
    ['0000-01-01', 'too-old'],
    ['1900-01-01', 'too-old'],
    ['2020-11-22', 'too-old'],
    ['2020-11-23', undefined],
    ['2026-11-23', undefined],
    ['2026-02-29', 'malformed-date'],
    ['2026/10/01', 'malformed-date'],
    ['', 'malformed-date'],
  ])('%s → %s', (value, expected) => expect(bornProblem(value, today)).toBe(expected));
});
