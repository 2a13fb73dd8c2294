// `npm run regions:check [-- <seeds folder> [<another folder>…]]`: everything that must hold before a region ships, one line per problem.
//   1. the region modules: file name = id, the strict schema, every office an askAt/confirmWith names exists;
//   2. the files derived by `npm run regions:sync` are current, and every region string is translated;
//   3. every quote stands word for word in the region's source text (default folder ../shared/seeds; a new region's
//      text not yet among the seeds: give its folder after the seeds' one).
// Exits 1 when anything is wrong. The build runs 1 and 2 too; only this command reads the sources.
import { parseArgs } from 'node:util';
import { checkQuotes } from './check-quotes.ts';
import { planSync, readRegionModules, syncProblems } from './regions-sync.ts';
import { regionProblems } from '../app/policies/model/schema.ts';
import { REGION_IDS } from '../app/policies/catalog/region-index.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const folders = positionals.length ? positionals : ['../shared/seeds'];
const { modules, problems: moduleProblems } = await readRegionModules();
// A new module's id is not a valid id until the lists are made: say what to do rather than list the ids it is not.
const moduleLines = (m: (typeof modules)[number]) =>
  (REGION_IDS as readonly string[]).includes(m.region.id)
    ? regionProblems(m.region).map((line) => `${m.file}: ${line}`)
    : [
        `${m.file}: the id "${m.region.id}" is not yet in the region lists: run \`npm run regions:sync\``,
        ...regionProblems(m.region)
          .filter((line) => !line.startsWith(`${m.region.id}.id:`))
          .map((line) => `${m.file}: ${line}`),
      ];
const sections: [string, string[]][] = [
  ['modules', [...moduleProblems, ...modules.flatMap(moduleLines)]],
  ['derived files and translations', syncProblems(await planSync()).filter((line) => !moduleProblems.includes(line))],
];
const quotes = checkQuotes(folders);
sections.push([`quotes (${quotes.checked} checked against ${folders.join(' and ')})`, quotes.problems]);

let total = 0;
for (const [name, problems] of sections) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${name}${problems.length ? `: ${problems.length} problem(s)` : ''}`);
  for (const line of problems) console.log(`      ${line}`);
  total += problems.length;
}
console.log(
  total ? `regions:check: ${total} problem(s) in ${modules.length} regions` : `regions:check: all ${modules.length} regions in order`,
);
process.exit(total ? 1 : 0);
