// The one-way imports (policies → state → i18n → components → pages) are enforced by ESLint: a table of a file in
// each folder and an import, and whether the lint lets it through.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function restricted(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as m from '${from}';\nexport const x = m;\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['app/policies/plan/example.ts', 'react', true],
    ['app/policies/plan/example.ts', 'react-i18next', true],
    ['app/policies/plan/example.ts', '../../i18n/i18n.ts', true],
    ['app/policies/estimate/example.ts', '../../state/answers-store.ts', true],
    ['app/policies/letter/example.ts', '../../components/format.ts', true],
    ['app/policies/regions/example.ts', '../../pages/plan-page.tsx', true],
    ['app/policies/common/example.ts', 'react', true],
    ['app/policies/model/example.ts', 'zustand', true],
    ['app/policies/plan/example.ts', '../common/dates.ts', false],
    // Inside policies: common → model → answers → plan, estimate, letter (which do not import each other).
    ['app/policies/common/example.ts', '../model/types.ts', true],
    ['app/policies/model/example.ts', '../plan/plan.ts', true],
    ['app/policies/regions/example.ts', '../estimate/estimate.ts', true],
    ['app/policies/answers/example.ts', '../plan/plan.ts', true],
    ['app/policies/plan/example.ts', '../estimate/estimate.ts', true],
    ['app/policies/plan/example.ts', '../letter/read-letter.ts', true],
    ['app/policies/estimate/example.ts', '../plan/plan.ts', true],
    ['app/policies/letter/example.ts', '../plan/plan.ts', true],
    ['app/policies/letter/example.ts', '../model/types.ts', false],
    ['app/policies/letter/example.ts', '../estimate/estimate.ts', true],
    ['app/policies/letter/example.ts', '../catalog/region-index.ts', false],
    ['app/policies/letter/example.ts', '../common/clean-text.ts', false],
    ['app/policies/letter/example.ts', '../catalog/regions.ts', true],
    ['app/policies/estimate/example.ts', '../letter/read-letter.ts', true],
    ['app/policies/plan/example.ts', '../answers/questions.ts', false],
    ['app/state/example.ts', '../components/format.ts', true],
    ['app/state/example.ts', '../pages/plan-page.tsx', true],
    ['app/state/example.ts', '../policies/answers/answers.ts', false],
    ['app/i18n/example.ts', '../components/format.ts', true],
    ['app/i18n/example.ts', '../state/safe-storage.ts', false],
    ['app/components/example.tsx', '../pages/plan-page.tsx', true],
    ['app/components/example.tsx', '../i18n/i18n.ts', false],
    ['app/pages/example.tsx', '../components/format.ts', false],
    // Every region at once is for tests, scripts and the build; the app loads one region at a time.
    ['app/pages/example.tsx', '../policies/catalog/regions.ts', true],
    ['app/policies/catalog/example.ts', './regions.ts', true],
    ['app/policies/plan/example.ts', '../catalog/regions.ts', true],
    ['app/policies/plan/example.test.ts', '../catalog/regions.ts', false],
  ] as const)('%s importing %s: restricted %s', async (file, from, expected) => {
    const messages = await restricted(file, from);
    expect(messages.length > 0).toBe(expected);
    if (expected) expect(messages[0]).toMatch(/One-way imports|regions\.ts holds every region/);
  });
});
