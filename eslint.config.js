// ESLint: a small rule set (the recommended JavaScript and TypeScript rules) plus the one-way imports the README
// describes: policies → state → i18n → components → pages. Each folder may import only from the folders before it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', 'react-router', 'zustand', 'zustand/*'];
const I18N = ['i18next', '**/i18n/*'];
const STATE = ['**/state/*'];
const COMPONENTS = ['**/components/*'];
const PAGES = ['**/pages/*'];
// Every region's data at once: for tests, scripts and the build. App code loads one region at a time.
const ALL_REGIONS = {
  group: ['**/policies/regions.ts', './regions.ts'],
  message: 'regions.ts holds every region; load one with loadRegion (region-loader.ts) or useLocalRegion.',
};

/** The imports a folder may not use, with the rule that forbids them. */
function boundary(files, groups, rule) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
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
  boundary(
    ['app/policies/**'],
    [...REACT, ...I18N, ...STATE, ...COMPONENTS, ...PAGES],
    'policies import no React, i18n, state, components or pages',
  ),
  boundary(['app/state/**'], [...COMPONENTS, ...PAGES], 'state imports no components or pages'),
  boundary(['app/i18n/**'], [...COMPONENTS, ...PAGES], 'i18n imports no components or pages'),
  boundary(['app/components/**'], PAGES, 'components import no pages'),
  boundary(['app/pages/**', 'app/*.tsx'], [], 'app code loads regions one at a time'),
);
