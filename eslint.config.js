// ESLint: a small rule set (the recommended JavaScript and TypeScript rules) plus the one-way imports the README
// describes: policies → state → i18n → components → pages. Each folder may import only from the folders before it.
// Inside app/policies the same holds: common → model (with catalog and the region modules) → answers → plan,
// estimate, letter; the plan, the estimate and the letter reader do not import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', 'react-router', 'zustand', 'zustand/*'];
const I18N = ['i18next', '**/i18n/*'];
const STATE = ['**/state/*'];
const COMPONENTS = ['**/components/*'];
const PAGES = ['**/pages/*'];
// Every region's data at once: for tests, scripts and the build. App code loads one region at a time.
const ALL_REGIONS = {
  group: ['**/catalog/regions.ts', './regions.ts'],
  message: 'regions.ts holds every region; load one with loadRegion (catalog/region-loader.ts) or useLocalRegion.',
};
const OUTSIDE_POLICIES = [...REACT, ...I18N, ...STATE, ...COMPONENTS, ...PAGES];
/** A folder of app/policies, as an import pattern from a sibling folder. */
const policies = (...folders) => folders.map((f) => `../${f}/*`);

/** The imports a folder may not use, with the rule that forbids them. */
function boundary(files, groups, rule) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...(groups.length ? [{ group: groups, message: `One-way imports: ${rule}.` }] : []), ALL_REGIONS] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript checks names; the .mjs scripts run on Node.
      'no-undef': 'off',
      // Input sanitising strips control characters and lone joiners on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // A defensive default before try/catch reads as intended.
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // A wait waits for what it names: waitForFunction polls its predicate until it returns something truthy, and an
    // async predicate returns a promise, truthy at once. Await inside page.evaluate, or use a sync predicate
    // (e2e/fixtures.ts waitForServiceWorker).
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction'] > :function[async=true].arguments",
          message:
            'waitForFunction treats the promise an async predicate returns as truthy and resolves at once: pass a synchronous predicate, or await in page.evaluate.',
        },
      ],
    },
  },
  boundary(['app/policies/**'], OUTSIDE_POLICIES, 'policies import no React, i18n, state, components or pages'),
  // Later entries replace the rule for their folders, so each repeats the outside groups.
  boundary(
    ['app/policies/common/**'],
    [...OUTSIDE_POLICIES, ...policies('model', 'catalog', 'regions', 'answers', 'plan', 'estimate', 'letter')],
    'common helpers import nothing else of policies',
  ),
  boundary(
    ['app/policies/model/**', 'app/policies/catalog/**', 'app/policies/regions/**'],
    [...OUTSIDE_POLICIES, ...policies('answers', 'plan', 'estimate', 'letter')],
    'region data imports no answers, plan, estimate or letter reader',
  ),
  boundary(
    ['app/policies/answers/**'],
    [...OUTSIDE_POLICIES, ...policies('plan', 'estimate', 'letter')],
    'answers import no plan, estimate or letter reader',
  ),
  boundary(
    ['app/policies/plan/**'],
    [...OUTSIDE_POLICIES, ...policies('estimate', 'letter')],
    'the plan imports no estimate or letter reader',
  ),
  boundary(
    ['app/policies/estimate/**'],
    [...OUTSIDE_POLICIES, ...policies('plan', 'letter')],
    'the estimate imports no plan or letter reader',
  ),
  boundary(
    ['app/policies/letter/**'],
    [...OUTSIDE_POLICIES, ...policies('plan', 'estimate')],
    'the letter reader imports no plan or estimate',
  ),
  boundary(['app/state/**'], [...COMPONENTS, ...PAGES], 'state imports no components or pages'),
  boundary(['app/i18n/**'], [...COMPONENTS, ...PAGES], 'i18n imports no components or pages'),
  boundary(['app/components/**'], PAGES, 'components import no pages'),
  boundary(['app/pages/**', 'app/*.tsx'], [], 'app code loads regions one at a time'),
);
