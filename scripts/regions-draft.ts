// `npm run regions:draft -- --id <region-id> <source file> [--force]`: the first draft of a region module, read from
// its source text by the letter reader (app/policies/letter/read-letter.ts). It writes
// app/policies/regions/<region-id>.ts with every fact the reader found (cited by the text's heading and its words),
// `notStated` for every topic it did not find, and `fillIn('…')` where a person must decide; the type check,
// `regions:sync` and `regions:check` name each one left, with its line. See README "How to add or update a region".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { readLetter } from '../app/policies/letter/read-letter.ts';
import { fillInsLeft } from '../app/policies/model/fill-in.ts';
import { draftRegion } from './region-draft-module.ts';
import { moduleSource } from './region-draft-source.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run regions:draft -- --id <region-id> <source file> [--force]   (e.g. --id wenzhou-lucheng ../shared/seeds/004_2e4dcf2212bd2083.txt)';
/** The seeds' file names (../shared/seeds/README.md), which a module's `source.file` must follow. */
export const SEED_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Runs the command; returns its exit code and the lines it printed (so tests can run it on a copy of the repo). */
export async function regionsDraft(
  argv: string[],
  root = ROOT,
  today = new Date().toISOString().slice(0, 10),
): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const fail = (...lines: string[]) => ({ code: 1, out: [...out, ...lines.map((l) => `regions:draft: ${l}`)] });
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { id: { type: 'string' }, force: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    return fail((error as Error).message, USAGE);
  }
  const { id } = args.values;
  const [sourcePath, ...extra] = args.positionals;
  if (!id)
    return fail(
      'give the region id: --id <region-id>, kebab-case, e.g. --id wenzhou-lucheng (it becomes part of every shared link)',
      USAGE,
    );
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    return fail(`the region id "${id}" must be kebab-case: lowercase letters, digits and single dashes, e.g. wenzhou-lucheng`, USAGE);
  if (!sourcePath || extra.length)
    return fail(sourcePath ? `one source file only; got ${args.positionals.join(', ')}` : 'give the source file', USAGE);
  if (!existsSync(sourcePath)) return fail(`${sourcePath}: no such file`);
  const file = basename(sourcePath);
  if (!SEED_NAME.test(file))
    return fail(
      `${file}: name the source as the seeds are named (three digits, _, 16 lowercase hex digits, .txt, e.g. 005_0123456789abcdef.txt; ` +
        'the next free number in ../shared/seeds): rename the file and run this again',
    );
  const target = `app/policies/regions/${id}.ts`;
  if (existsSync(join(root, target)) && !args.values.force)
    return fail(
      `${target} exists: not overwritten. Give --force to replace it with a new draft (a region already published ` +
        'gets a new policy year by hand instead: see README "A new policy year")',
    );

  const text = readFileSync(sourcePath, 'utf8');
  const reading = readLetter(text);
  if (!reading.isLetter)
    return fail(`${file}: the reader does not take this as a text about 居民医保 (${reading.notLetter ?? 'unknown'}); nothing written`);
  const draft = draftRegion({ id, file, text, reading });
  const header = [
    `Drafted by \`npm run regions:draft\` on ${today} from ${file} (the letter reader's facts, each with its quote).`,
    'Check every fact against the text; fill each fillIn(…); add what the reader missed (notStated marks the topics it',
    'found nothing on); give `when` to a note that holds for some families only (a residence-permit rule:',
    "when: { residency: ['permit'] }); then `npm run regions:sync` and `npm run regions:check`. Delete these lines when done.",
    ...draft.notes.map((n) => `- ${n}`),
    ...draft.dropped.map((d) => `- Not placed (its words are not the file's): ${d}`),
  ];
  const raw = moduleSource({ exportName: camel(id), header, module: draft.module });
  const options = (await prettier.resolveConfig(join(root, target))) ?? {};
  const source = await prettier.format(raw, { ...options, filepath: join(root, target) });
  mkdirSync(dirname(join(root, target)), { recursive: true });
  writeFileSync(join(root, target), source);

  const left = fillInsLeft(source);
  const notStated = (source.match(/notStated: true/g) ?? []).length;
  out.push(
    `regions:draft: wrote ${target}: ${draft.cites.length} facts with their quotes, ${notStated} topics marked notStated, ${left.length} values to fill in:`,
    ...left.map(({ line, what }) => `  ${target}:${line}: fill in ${what}`),
    ...draft.notes.map((n) => `  note: ${n}`),
    ...draft.dropped.map((d) => `  not placed (its words are not the file's): ${d}`),
    'Next: fill each value above (the type check and `npm run regions:check` list those left), check every fact against the text,',
    `then \`npm run regions:sync\` and \`npm run regions:check\` (its quotes are checked in ../shared/seeds/${file}: put the text there, or give its folder after the seeds': \`npm run regions:check -- ../shared/seeds <folder>\`).`,
  );
  return { code: 0, out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, out } = await regionsDraft(process.argv.slice(2));
  for (const line of out) (code ? console.error : console.log)(line);
  process.exit(code);
}
