// Every package the code imports is declared in package.json: one that merely arrives with another package (as
// chrome-launcher arrives with Lighthouse, playwright-core with Playwright Test) can vanish or change version when
// that package is updated.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const DECLARED = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
const CODE = /\.(?:[cm]?[jt]sx?)$/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The packages a file imports (static and dynamic imports, exports, require), as TypeScript reads them. */
function imported(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => !/^(?:\.|\/|node:|virtual:)/.test(name) && !builtinModules.includes(name))
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!));
}

const SOURCES = [
  ...['app', 'scripts', 'e2e', 'e2e-webkit'].flatMap(files),
  'vite.config.ts',
  'vitest.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
];

describe('dependencies', () => {
  it('every imported package is declared in package.json', () => {
    const undeclared = SOURCES.flatMap((file) =>
      imported(file)
        .filter((name) => !DECLARED.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('finds the packages of a file (the check itself works)', () => {
    expect(imported('scripts/lighthouse.mjs')).toEqual(expect.arrayContaining(['chrome-launcher', 'lighthouse']));
    expect(imported('e2e/fixtures.ts')).toEqual(expect.arrayContaining(['@axe-core/playwright', '@playwright/test']));
  });
});
