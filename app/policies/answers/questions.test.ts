// Walks the flow node by node, as a parent would, rather than snapshotting screens.
import { describe, expect, it } from 'vitest';
import { answerThatDoesNotFit, choicesThatFit, firstUnanswered, isComplete, nextStep, previousStep } from './questions.ts';
import { choicesFor } from './answers.ts';

const TODAY = '2026-11-23';
const insuredChoices = (answers: Parameters<typeof choicesThatFit>[2]) => choicesThatFit('insured', choicesFor('insured'), answers, TODAY);

describe('question flow', () => {
  it('walks a pupil through every question to check-your-answers', () => {
    const answers = {};
    expect(firstUnanswered(answers)).toBe('stage');
    expect(previousStep('stage', answers)).toBe('region');
    expect(nextStep('stage', { stage: 'primary' })).toBe('insured');
    expect(nextStep('insured', { stage: 'primary', insured: 'none' })).toBe('residency');
    expect(previousStep('insured', { stage: 'primary' })).toBe('stage');
    expect(nextStep('residency', { stage: 'primary', insured: 'none', residency: 'local' })).toBe('aid');
    const done = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const;
    expect(nextStep('aid', done)).toBe('check');
    expect(isComplete(done)).toBe(true);
  });

  it('asks a newborn’s birth date right after the stage, and only then', () => {
    expect(nextStep('stage', { stage: 'newborn' })).toBe('born');
    expect(nextStep('born', { stage: 'newborn', born: '2026-10-01' })).toBe('insured');
    expect(previousStep('insured', { stage: 'newborn', born: '2026-10-01' })).toBe('born');
    expect(isComplete({ stage: 'newborn', insured: 'none', residency: 'local', aid: 'no' })).toBe(false);
    expect(firstUnanswered({ stage: 'newborn', insured: 'none', residency: 'local', aid: 'no' })).toBe('born');
  });

  it('going back and answering again moves on in order, keeping later answers', () => {
    const answers = { stage: 'junior', insured: 'here', residency: 'local', aid: 'no' } as const;
    expect(nextStep('stage', answers)).toBe('insured');
    expect(nextStep('insured', answers)).toBe('residency');
  });

  it('a change from check-your-answers returns there, unless the change adds a question', () => {
    const answers = { stage: 'junior', insured: 'here', residency: 'local', aid: 'no' } as const;
    expect(nextStep('residency', answers, true)).toBe('check');
    expect(nextStep('stage', { ...answers, stage: 'newborn' }, true)).toBe('born');
    expect(nextStep('born', { ...answers, stage: 'newborn', born: '2026-10-01' }, true)).toBe('check');
  });

  it('opens the first unanswered question of a partial link', () => {
    expect(firstUnanswered({ stage: 'senior', residency: 'local' })).toBe('insured');
    expect(firstUnanswered({ insured: 'none', residency: 'local', aid: 'no' })).toBe('stage');
  });

  it('walks a baby born this year node by node, never offering 续保', () => {
    // stage → born → insured (without "here") → residency (every choice) → aid (every choice) → check
    expect(firstUnanswered({})).toBe('stage');
    expect(nextStep('stage', { stage: 'newborn' })).toBe('born');
    const born = { stage: 'newborn', born: '2026-10-01' } as const;
    expect(previousStep('born', born)).toBe('stage');
    expect(nextStep('born', born)).toBe('insured');
    expect(insuredChoices(born)).toEqual(['none', 'same-province', 'other-province', 'unsure']);
    const insured = { ...born, insured: 'none' } as const;
    expect(nextStep('insured', insured)).toBe('residency');
    expect(choicesThatFit('residency', choicesFor('residency'), insured, TODAY)).toEqual(['local', 'permit', 'non-local', 'hmt']);
    const residency = { ...insured, residency: 'permit' } as const;
    expect(nextStep('residency', residency)).toBe('aid');
    expect(choicesThatFit('aid', choicesFor('aid'), residency, TODAY)).toEqual(['yes', 'no']);
    const done = { ...residency, aid: 'no' } as const;
    expect(nextStep('aid', done)).toBe('check');
    expect(answerThatDoesNotFit(done, TODAY)).toBeUndefined();
  });

  it.each([
    ['born on 1 January this year', { stage: 'newborn', born: '2026-01-01' }, false],
    ['born last December', { stage: 'newborn', born: '2025-12-31' }, true],
    ['a newborn whose birth date is not known yet', { stage: 'newborn' }, true],
    ['a pupil', { stage: 'primary' }, true],
  ] as const)('offers 续保 (insured "here") for %s: %s', (_, answers, offered) => {
    expect(insuredChoices(answers).includes('here')).toBe(offered);
  });

  it('finds the answer a link or a later birth date makes impossible, so that question is asked again', () => {
    expect(answerThatDoesNotFit({ stage: 'newborn', born: '2026-03-01', insured: 'here', residency: 'local', aid: 'no' }, TODAY)).toBe(
      'insured',
    );
    expect(
      answerThatDoesNotFit({ stage: 'newborn', born: '2025-03-01', insured: 'here', residency: 'local', aid: 'no' }, TODAY),
    ).toBeUndefined();
    expect(answerThatDoesNotFit({ stage: 'junior', insured: 'here' }, TODAY)).toBeUndefined();
  });
});
