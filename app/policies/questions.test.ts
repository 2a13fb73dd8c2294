// Walks the flow node by node, as a parent would, rather than snapshotting screens.
import { describe, expect, it } from 'vitest';
import { firstUnanswered, isComplete, nextStep, previousStep } from './questions.ts';

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
});
