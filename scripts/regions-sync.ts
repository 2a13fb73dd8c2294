// `npm run regions:sync`: everything the app derives from the region modules in app/policies/regions/, made in one
// step so that adding a region means writing its module (and its rows in the table tests), nothing else by hand.
//   - app/policies/catalog/region-index.ts: the ids and names (in every language) the first screen needs, and one loader
//     per region (each region is its own chunk);
//   - app/policies/catalog/regions.ts: every region at once, for the tests, the scripts and the build;
//   - app/i18n/regions/<id>.zh-Hant.json: new strings made with OpenCC and our phrases (scripts/traditional.ts; reviewed ones are kept);
//   - app/i18n/regions/<id>.en.json: an empty entry for every new string, for a translator to fill.
// Strings no longer in a region are dropped. It ends by saying exactly what is left to translate.
// `--check` writes nothing: it lists every file that is out of date (the build and the tests run it) and exits 1.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toTraditional as traditional } from './traditional.ts';
import * as prettier from 'prettier';
import { translatableStrings } from '../app/policies/model/localize.ts';
import { fillInsLeft } from '../app/policies/model/fill-in.ts';
import type { RegionModule as RegionData } from '../app/policies/model/types.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REGIONS_DIR = 'app/policies/regions';
export const DICTIONARIES_DIR = 'app/i18n/regions';
export const INDEX_FILE = 'app/policies/catalog/region-index.ts';
export const ALL_REGIONS_FILE = 'app/policies/catalog/regions.ts';
/** The languages a region is translated into (simplified Chinese is the sources' own). */
export const TRANSLATED = ['zh-Hant', 'en'] as const;
export type Translated = (typeof TRANSLATED)[number];

export interface RegionModule {
  file: string;
  /** The module's export holding the region, e.g. `liaocheng` or `jiangmenHeshan`. */
  exportName: string;
  region: RegionData;
}

export const dictionaryFile = (id: string, language: Translated) => `${DICTIONARIES_DIR}/${id}.${language}.json`;
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
const readText = (path: string): string | undefined => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : undefined);

/** Every region module, in id order, with the problems that stop it being used (one line each). */
export async function readRegionModules(): Promise<{ modules: RegionModule[]; problems: string[] }> {
  const modules: RegionModule[] = [];
  const problems: string[] = [];
  const files = readdirSync(join(ROOT, REGIONS_DIR))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const name of files) {
    const file = `${REGIONS_DIR}/${name}`;
    const id = basename(name, '.ts');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push(`${file}: the file name is the region id and must be kebab-case (e.g. wenzhou-lucheng.ts)`);
      continue;
    }
    // A draft's values left for a person (fillIn, see app/policies/model/fill-in.ts): one line each, and the module
    // is not used until every one is filled.
    const left = fillInsLeft(readFileSync(join(ROOT, file), 'utf8'));
    if (left.length) {
      problems.push(...left.map(({ line, what }) => `${file}:${line}: fill in ${what} (then run \`npm run regions:sync\`)`));
      continue;
    }
    const exports = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    const found = Object.entries(exports).filter(
      ([, value]) => value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' && 'years' in value,
    );
    if (found.length !== 1) {
      problems.push(
        `${file}: export exactly one region module (export const x: RegionModule = { id: '${id}', …, years: […] }); found ${found.length}`,
      );
      continue;
    }
    const [exportName, region] = found[0] as [string, RegionData];
    if (region.id !== id) {
      problems.push(
        `${file}: its id is "${region.id}" but the file is named ${name}; they must match (rename the file, never the id of a published region)`,
      );
      continue;
    }
    modules.push({ file, exportName, region });
  }
  if (!modules.length && !problems.length) problems.push(`${REGIONS_DIR}: no region module found`);
  return { modules, problems };
}

/** A region's dictionary as it should be: every display string, existing translations kept, new ones stubbed. */
export function syncedDictionary(region: RegionData, language: Translated, existing: Record<string, string>): Record<string, string> {
  const strings = [...new Set(translatableStrings(region))].sort();
  return Object.fromEntries(strings.map((s) => [s, existing[s] || (language === 'zh-Hant' ? traditional(s) : '')]));
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (id: string) => (/^[a-z][a-z0-9]*$/.test(id) ? id : q(id));

export function indexSource(modules: RegionModule[], dictionaries: Map<string, Record<string, string>>): string {
  const names = modules.map(({ region }) => {
    const name = (language: Translated) => dictionaries.get(dictionaryFile(region.id, language))?.[region.name] || region.name;
    return `  ${key(region.id)}: { 'zh-Hans': ${q(region.name)}, 'zh-Hant': ${q(name('zh-Hant'))}, en: ${q(name('en'))} },`;
  });
  const loaders = modules.map(
    ({ region, exportName }) => `  ${key(region.id)}: () => import('../regions/${region.id}.ts').then((m) => m.${exportName}),`,
  );
  return `// Generated by \`npm run regions:sync\` from app/policies/regions/*.ts and app/i18n/regions/*.json: do not edit.
// The only region facts the first screen carries (ids and names); the rest of a region is its own chunk, loaded by
// the pages that need it (app/components/use-local-region.ts).
import type { RegionModule } from '../model/types.ts';

export const REGION_IDS = [${modules.map(({ region }) => q(region.id)).join(', ')}] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Each region's name (its module's \`name\`) in every UI language, from the region's dictionaries. */
export const REGION_NAMES: Record<RegionId, { 'zh-Hans': string; 'zh-Hant': string; en: string }> = {
${names.join('\n')}
};

export const REGION_LOADERS: Record<RegionId, () => Promise<RegionModule>> = {
${loaders.join('\n')}
};
`;
}

export function allRegionsSource(modules: RegionModule[]): string {
  return `// Generated by \`npm run regions:sync\` from app/policies/regions/*.ts: do not edit.
// Every region's data at once, for the tests, the scripts and the build. The app never imports this file (ESLint
// forbids it): it loads one region at a time through REGION_LOADERS in region-index.ts.
import { latestYear } from '../model/policy-years.ts';
import type { RegionId, RegionModule, RegionPolicy } from '../model/types.ts';
${modules.map(({ region, exportName }) => `import { ${exportName} } from '../regions/${region.id}.ts';`).join('\n')}

/** Each region's module: its name and every policy year it holds. */
export const REGION_MODULES: Record<RegionId, RegionModule> = {
${modules.map(({ region, exportName }) => `  ${key(region.id)}${key(region.id) === exportName ? '' : `: ${exportName}`},`).join('\n')}
};

/** Each region under its newest policy year, as the engines read it (the app resolves the year in force today). */
export const REGIONS = Object.fromEntries(Object.entries(REGION_MODULES).map(([id, module]) => [id, latestYear(module)])) as Record<
  RegionId,
  RegionPolicy
>;
`;
}

export interface SyncPlan {
  problems: string[];
  /** path → the content it should have. */
  files: Map<string, string>;
  /** Per dictionary, the strings still without a translation. */
  untranslated: Map<string, string[]>;
  /** Dictionaries of regions that no longer exist. */
  orphans: string[];
}

export async function planSync(): Promise<SyncPlan> {
  const { modules, problems } = await readRegionModules();
  const files = new Map<string, string>();
  const dictionaries = new Map<string, Record<string, string>>();
  const untranslated = new Map<string, string[]>();
  for (const { region } of modules) {
    for (const language of TRANSLATED) {
      const path = dictionaryFile(region.id, language);
      let existing: Record<string, string> = {};
      const text = readText(path);
      if (text !== undefined) {
        try {
          existing = JSON.parse(text) as Record<string, string>;
        } catch (error) {
          problems.push(`${path}: not valid JSON (${(error as Error).message}); fix it, then run \`npm run regions:sync\``);
          continue;
        }
      }
      const dictionary = syncedDictionary(region, language, existing);
      dictionaries.set(path, dictionary);
      files.set(path, json(dictionary));
      const missing = Object.entries(dictionary)
        .filter(([, v]) => !v.trim())
        .map(([k]) => k);
      if (missing.length) untranslated.set(path, missing);
    }
  }
  files.set(INDEX_FILE, indexSource(modules, dictionaries));
  files.set(ALL_REGIONS_FILE, allRegionsSource(modules));
  // Written as the repository's formatter would write them, so `npm run format:check` passes on them.
  for (const [path, content] of files) {
    const options = (await prettier.resolveConfig(join(ROOT, path))) ?? {};
    files.set(path, await prettier.format(content, { ...options, filepath: join(ROOT, path) }));
  }
  const ids = new Set<string>(modules.map((m) => m.region.id));
  const dictDir = join(ROOT, DICTIONARIES_DIR);
  const orphans = existsSync(dictDir)
    ? readdirSync(dictDir)
        .filter((f) => f.endsWith('.json') && !ids.has(f.replace(/\.[^.]+\.json$/, '')))
        .map((f) => `${DICTIONARIES_DIR}/${f}`)
    : [];
  return { problems, files, untranslated, orphans };
}

/** The files whose content differs from what `npm run regions:sync` would write. */
export function staleFiles(plan: SyncPlan): string[] {
  return [...plan.files].filter(([path, content]) => readText(path) !== content).map(([path]) => path);
}

/** One line per thing left to do, for `--check`, the build and the tests; empty when all is in order. */
export function syncProblems(plan: SyncPlan): string[] {
  return [
    ...plan.problems,
    ...staleFiles(plan).map((path) => `${path} is out of date with the region modules: run \`npm run regions:sync\``),
    ...plan.orphans.map((path) => `${path} belongs to no region module: delete it (or restore its module)`),
    ...[...plan.untranslated].map(
      ([path, missing]) =>
        `${path}: ${missing.length} string(s) without a translation ("" entries), e.g. ${JSON.stringify(missing[0])}: translate them`,
    ),
  ];
}

async function main() {
  const { check } = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values;
  const plan = await planSync();
  if (check) {
    const problems = syncProblems(plan);
    for (const line of problems) console.error(`regions: ${line}`);
    if (problems.length) process.exit(1);
    console.log(`regions: ${plan.files.size} derived files in sync`);
    return;
  }
  for (const line of plan.problems) console.error(`regions: ${line}`);
  if (plan.problems.length) process.exit(1);
  const written = staleFiles(plan);
  for (const path of written) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), plan.files.get(path)!);
  }
  console.log(written.length ? `regions: wrote ${written.join(', ')}` : 'regions: every derived file was already up to date');
  for (const path of plan.orphans) console.log(`regions: ${path} belongs to no region module: delete it if the region is gone`);
  if (!plan.untranslated.size) {
    console.log('regions: every region string is translated; review new zh-Hant (OpenCC) entries before committing');
    return;
  }
  console.log('regions: left to translate (the build fails until they are done):');
  for (const [path, missing] of plan.untranslated) {
    console.log(
      `  ${relative(ROOT, join(ROOT, path))}: ${missing.length} empty entr${missing.length === 1 ? 'y' : 'ies'}, e.g. ${JSON.stringify(missing[0])}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
