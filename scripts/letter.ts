// Command line for the letter reader (app/policies/letter/read-letter.ts), the same code the app runs: reads a school's
// 医保 letter from a file (or stdin with "-") and prints { isLetter, policyYear, facts, warnings } as JSON on stdout.
// Usage: npm run -s letter -- FILE        (FILE "-" reads stdin)
// A missing or unreadable file, or a wrong argument, prints one plain line on stderr and exits 2.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readLetter } from '../app/policies/letter/read-letter.ts';

const USAGE = 'usage: npm run -s letter -- FILE (or - for stdin)';

function input(argv: string[]): string {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} }));
  } catch (error) {
    throw new Error(`${(error as Error).message.split('\n')[0]}; ${USAGE}`, { cause: error });
  }
  if (positionals.length !== 1) throw new Error(`expected one file, got ${positionals.length}; ${USAGE}`);
  const file = positionals[0]!;
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})`, { cause: error });
  }
}

try {
  const reading = readLetter(input(process.argv.slice(2)));
  const { isLetter, policyYear, facts, warnings } = reading;
  const out = {
    isLetter,
    ...(reading.notLetter ? { notLetter: reading.notLetter } : {}),
    policyYear: policyYear ?? null,
    facts,
    warnings: warnings.map(({ kind, quote }) => ({ kind, quote })),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`letter: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
