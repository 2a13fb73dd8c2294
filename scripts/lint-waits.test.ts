// Every wait waits for what it names: ESLint refuses an async predicate passed to waitForFunction (the promise it
// returns is truthy, so the wait would end at once), and lets a synchronous one through.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function restricted(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import type { Page } from '@playwright/test';\n${code}\n`, { filePath: 'e2e/example.spec.ts' });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('waits in the e2e suites', { timeout: 60_000 }, () => {
  it.each([
    [
      'an async arrow predicate',
      true,
      'export const w = (page: Page) => page.waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration()));',
    ],
    ['an async function predicate', true, 'export const w = (page: Page) => page.waitForFunction(async function () { return false; });'],
    ['an async predicate with an argument', true, 'export const w = (page: Page) => page.waitForFunction(async (n) => n > 1, 2);'],
    [
      'a synchronous predicate',
      false,
      'export const w = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);',
    ],
    ['a string predicate', false, "export const w = (page: Page) => page.waitForFunction('window.ready === true');"],
    [
      'an await inside page.evaluate',
      false,
      'export const w = (page: Page) => page.evaluate(async () => { await navigator.serviceWorker.ready; });',
    ],
  ] as const)('%s: refused %s', async (_name, refused, code) => {
    const messages = await restricted(code);
    expect(messages).toEqual(refused ? [expect.stringContaining('waitForFunction treats the promise')] : []);
  });
});
