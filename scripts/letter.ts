// Command line for the letter reader (app/policies/letter/read-letter.ts), the same code the app runs: reads a school's
// 医保 letter from a text file (or stdin with "-"), or from pictures of it, and prints
// { isLetter, policyYear, facts, warnings } as JSON on stdout.
// Usage: npm run -s letter -- FILE                     (FILE "-" reads stdin)
//        npm run -s letter -- PAGE1.png [PAGE2.jpg …]  (PNG or JPEG, a letter's pages in order)
// Pictures are read with the phone's OCR engine and data (scripts/ocr-node.ts, no network); the output then also has
// `doubts` (figures the engine was not sure of, each with its picture, counted from 1, and its box in that picture's
// pixels: their facts are left out or `unclear`) and `text` (what was read).
// A missing or unreadable file, a file that is not a picture among several, or a wrong argument prints one plain line
// on stderr and exits 2.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { textFromOcr, withoutDoubtful, type OcrDoubt } from '../app/policies/letter/ocr-text.ts';
import type { LetterReading } from '../app/policies/letter/letter-types.ts';
import { readLetter } from '../app/policies/letter/read-letter.ts';
import { pictureType, recognisePictures } from './ocr-node.ts';

const USAGE = 'usage: npm run -s letter -- FILE (or - for stdin), or PAGE.png [PAGE2.jpg …]';

/** A file named as a picture must be one (else a broken picture would be read as a letter's text). */
const PICTURE_NAME = /\.(png|jpe?g)$/i;

type Input = { text: string } | { pictures: string[] };

function read(file: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})`, { cause: error });
  }
}

function input(argv: string[]): Input {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} }));
  } catch (error) {
    throw new Error(`${(error as Error).message.split('\n')[0]}; ${USAGE}`, { cause: error });
  }
  if (positionals.length === 0) throw new Error(`expected a file; ${USAGE}`);
  if (positionals.length === 1) {
    const file = positionals[0]!;
    const bytes = read(file);
    if (file !== '-' && pictureType(bytes)) return { pictures: [file] };
    if (PICTURE_NAME.test(file)) throw new Error(`${file}: not a PNG or JPEG picture`);
    return { text: bytes.toString('utf8') };
  }
  // Several files are the pages of one letter: pictures only (a text is pasted or given whole).
  for (const file of positionals) {
    let bytes: Buffer;
    try {
      bytes = read(file);
    } catch (error) {
      throw new Error(`${(error as Error).message}; ${USAGE}`, { cause: error });
    }
    if (!pictureType(bytes)) throw new Error(`${file}: not a PNG or JPEG picture (several files are the pages of one letter); ${USAGE}`);
  }
  return { pictures: positionals };
}

function output(reading: LetterReading, doubts?: OcrDoubt[]) {
  const { isLetter, policyYear, facts, warnings } = reading;
  return {
    isLetter,
    ...(reading.notLetter ? { notLetter: reading.notLetter } : {}),
    policyYear: policyYear ?? null,
    facts,
    warnings: warnings.map(({ kind, quote }) => ({ kind, quote })),
    ...(doubts
      ? {
          doubts: doubts.map(({ figure, context, picture, bbox }) => ({ figure, context, picture: picture + 1, bbox })),
          text: reading.text,
        }
      : {}),
  };
}

try {
  const given = input(process.argv.slice(2));
  let out;
  if ('text' in given) {
    out = output(readLetter(given.text));
  } else {
    const { pictures } = await recognisePictures(given.pictures);
    const { text, doubts } = textFromOcr(pictures);
    const reading = readLetter(text);
    out = output(withoutDoubtful(reading, doubts), doubts);
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`letter: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
