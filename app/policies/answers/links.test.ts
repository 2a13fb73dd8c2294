// The links the app shares and the old links it must keep opening, as tables of answers → URL.
import { describe, expect, it } from 'vitest';
import { allPlanPaths, checkPath, letterPath, planPath, planPathForQueryLink, questionPath, startPath } from './links.ts';

describe('plan links', () => {
  it.each([
    [{ stage: 'primary', insured: 'none', residency: 'local', aid: 'no' }, '/plan/liaocheng/primary/none/local/no'],
    [
      { stage: 'newborn', born: '2026-10-01', insured: 'none', residency: 'permit', aid: 'yes' },
      '/plan/liaocheng/newborn/none/permit/yes?born=2026-10-01',
    ],
    // A birth date is kept only for a newborn.
    [{ stage: 'senior', born: '2026-10-01', insured: 'here', residency: 'hmt', aid: 'no' }, '/plan/liaocheng/senior/here/hmt/no'],
    // Partial answers keep the query form: it opens the first unanswered question.
    [{ stage: 'junior', insured: 'none' }, '/plan/liaocheng?stage=junior&insured=none'],
    [{}, '/plan/liaocheng'],
  ] as const)('%j → %s', (answers, path) => {
    expect(planPath('liaocheng', answers)).toBe(path);
  });

  it.each([
    ['/plan/tianjin', '?stage=primary&insured=none&residency=local&aid=no', '/plan/tianjin/primary/none/local/no'],
    ['/plan/tianjin/', '?aid=no&residency=local&insured=none&stage=primary&from=singlemessage', '/plan/tianjin/primary/none/local/no'],
    [
      '/plan/tianjin',
      '?stage=newborn&born=2026-10-01&insured=none&residency=permit&aid=no',
      '/plan/tianjin/newborn/none/permit/no?born=2026-10-01',
    ],
    // Anything not a complete, valid answer set stays as it is, for the question flow to handle.
    ['/plan/tianjin', '?stage=primary&insured=none&residency=local', undefined],
    ['/plan/tianjin', '?stage=university&insured=none&residency=local&aid=no', undefined],
    ['/plan/atlantis', '?stage=primary&insured=none&residency=local&aid=no', undefined],
    ['/plan/tianjin/check', '?stage=primary&insured=none&residency=local&aid=no', undefined],
  ] as const)('old link %s%s → %s', (pathname, search, path) => {
    expect(planPathForQueryLink(pathname, search)).toBe(path);
  });

  it('lists each region × answer path once, 1400 in all, each a path planPath makes', () => {
    const paths = allPlanPaths();
    expect(paths).toHaveLength(5 * 7 * 5 * 4 * 2);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain(planPath('wenzhou-lucheng', { stage: 'college', insured: 'unsure', residency: 'hmt', aid: 'yes' }));
  });
});

describe('letter links: answers only, never the letter', () => {
  const complete = { stage: 'primary', insured: 'none', residency: 'non-local', aid: 'no' } as const;
  it.each([
    [planPath('letter', complete), '/letter/plan?stage=primary&insured=none&residency=non-local&aid=no'],
    [planPath('letter', { stage: 'junior' }), '/letter/plan?stage=junior'],
    [questionPath('letter', 'insured', { stage: 'junior' }), '/letter/ask/insured?stage=junior'],
    [questionPath('letter', 'aid', complete, true), '/letter/ask/aid?stage=primary&insured=none&residency=non-local&aid=no&from=check'],
    [checkPath('letter', complete), '/letter/check?stage=primary&insured=none&residency=non-local&aid=no'],
    [startPath('letter', { stage: 'senior' }), '/letter?stage=senior'],
    [letterPath(), '/letter'],
    // A region's start is still the region choice.
    [startPath('tianjin', { stage: 'senior' }), '/?region=tianjin'],
  ])('%s', (made, expected) => {
    expect(made).toBe(expected);
  });
});
