// The answer fields are listed once (app/policies/answers/answer-fields.ts). The lists outside TypeScript follow
// it: the server's plan segments (serve-paths.mjs, plain JavaScript) and the README's nginx rule for old plan links,
// which is run here on the query the app writes and must find the plan's own file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, CHOICE_FIELDS } from '../app/policies/answers/answer-fields.ts';
import { answersToSearch } from '../app/policies/answers/answers.ts';
import { planPath } from '../app/policies/answers/links.ts';
import type { Answers } from '../app/policies/model/types.ts';
// @ts-expect-error: a plain .mjs module of the server, without type declarations
import { PLAN_SEGMENTS as SERVER_PLAN_SEGMENTS } from './serve-paths.mjs';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The README's nginx location for old plan links: its query pattern, what it sets, and the file it tries. */
function nginxOldLinkRule() {
  const block = /location ~ \^\/plan\/\[a-z-\]\+\/\?\$ \{([\s\S]*?)\n {2}\}/.exec(README)?.[1];
  if (!block) throw new Error('README: no nginx location for old plan links (location ~ ^/plan/[a-z-]+/?$)');
  const pattern = /if \(\$args ~ "([^"]+)"\)/.exec(block)?.[1];
  const template = /set \$answers "([^"]+)";/.exec(block)?.[1];
  const tryFiles = /try_files ([^;]+);/.exec(block)?.[1];
  if (!pattern || !template || !tryFiles) throw new Error(`README: the nginx rule for old plan links changed shape:\n${block}`);
  return { pattern: new RegExp(pattern), template, tryFiles };
}

/** What nginx does with an old link's query: the plan file's path, or undefined when the pattern does not match. */
function nginxPlanFile(region: string, query: string): string | undefined {
  const { pattern, template } = nginxOldLinkRule();
  const match = pattern.exec(query);
  if (!match) return undefined;
  const answers = template.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
  return `/plan/${region}/${answers}.html`;
}

describe('the answer fields, listed once', () => {
  it('serve-paths.mjs reads the plan segments of CHOICE_FIELDS, in order', () => {
    expect(SERVER_PLAN_SEGMENTS).toEqual([...CHOICE_FIELDS]);
  });

  it('the README’s nginx rule names every answer field in the order a link writes them', () => {
    const { pattern, tryFiles } = nginxOldLinkRule();
    const named = [...pattern.source.matchAll(/([a-z]+)=/g)].map((m) => m[1]);
    expect(named).toEqual([...ANSWER_FIELDS]);
    expect(tryFiles.split(/\s+/)[0]).toBe('${uri}/${answers}.html');
  });

  it.each<[string, Answers]>([
    ['a pupil', { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' }],
    ['a newborn with a birth date', { stage: 'newborn', born: '2026-10-01', insured: 'other-province', residency: 'permit', aid: 'yes' }],
    ['a student unsure of the cover', { stage: 'college', insured: 'unsure', residency: 'non-local', aid: 'no' }],
  ])('the README’s nginx rule sends an old link of %s to its plan’s file', (_name, answers) => {
    const query = answersToSearch(answers).slice(1);
    const path = planPath('liaocheng', answers).split('?')[0];
    expect(nginxPlanFile('liaocheng', query)).toBe(`${path}.html`);
  });

  it('a partial old link matches no plan file in the nginx rule', () => {
    expect(nginxPlanFile('liaocheng', answersToSearch({ stage: 'primary', insured: 'none' }).slice(1))).toBeUndefined();
  });
});
