// A letter read from pictures: what the OCR engine (tesseract.js, in the browser or in Node) recognised, turned into
// the text the letter reader reads, and the figures it was not sure of. Pure: no engine, no DOM; the engine's output is
// passed in (its words, each with a confidence and a box), so the app, the command line and the benchmark share it.
//
// Why figures: a word misread is seen by the parent in the box, but a fee of 380 read as 880 looks right. A figure
// whose confidence is low is therefore a doubt: shown as "请核对" beside its crop of the picture, and never a fact
// until the parent has corrected or confirmed it.
import type { LetterFact, LetterReading } from './letter-types.ts';
import { figures, plainForm, readLetter } from './read-letter.ts';

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrSymbol {
  text: string;
  confidence: number;
}
export interface OcrWord {
  text: string;
  /** 0–100, as tesseract gives it. */
  confidence: number;
  bbox: OcrBox;
  symbols?: OcrSymbol[];
}
export interface OcrLine {
  words: OcrWord[];
}
/** One picture's lines, top to bottom (a letter's pages are several pictures, in order). */
export interface OcrPicture {
  lines: OcrLine[];
}

/** What tesseract.js gives with `{ blocks: true }`, as far as a picture's words go (the phone's and Node's alike). */
export interface OcrBlocks {
  paragraphs: { lines: { words: (OcrWord & { symbols?: OcrSymbol[] | null })[] }[] }[];
}

/**
 * The engine's blocks → paragraphs → lines → words as one picture's lines, top to bottom: the phone, the command line
 * and the benchmark read the engine's output the same way.
 */
export function pictureFromBlocks(blocks: readonly OcrBlocks[] | null): OcrPicture {
  return {
    lines: (blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.map((line) => ({
          words: line.words.map((w) => ({
            text: w.text,
            confidence: w.confidence,
            bbox: { x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 },
            symbols: w.symbols?.map((s) => ({ text: s.text, confidence: s.confidence })),
          })),
        })),
      ),
    ),
  };
}

/** A figure the engine was not sure of: where it is in the text and in which picture, to show its crop. */
export interface OcrDoubt {
  /** Which picture (0-based), and the figure's box in its pixels. */
  picture: number;
  bbox: OcrBox;
  /** The figure as recognised (digits, and what the engine put among them). */
  figure: string;
  /** The figure with a few characters either side, as in the text: found again after the parent edits the box. */
  context: string;
  /** Where `figure` starts inside `context`. */
  offset: number;
}

export interface OcrText {
  text: string;
  doubts: OcrDoubt[];
}

/**
 * Below this confidence (the word's, 0–100) a word holding a digit is a doubt. Set on the benchmark (npm run
 * bench:letter-photo, 2026-12-05, 5 seeds × screenshots at 100 % and 130 % and photo-like copies): the engine's
 * confidence does not separate right from wrong figures (right percentages such as 85% come at 27–60, misreads at
 * 12–89), so the shapes of a misread (LOOKALIKE) catch every wrong figure seen there, and this is the safety net below
 * them. 50 is the highest value at which every seed's screenshots still give ≥ 90 % of the text's facts (a doubtful
 * figure with a clear unit costs only its own fact, withoutDoubtful); at 70 one seed falls to 80 %. Smaller text than
 * the benchmark's was misread with confidence 69 (400 as 40 at 14 px) and even 93 (400 as 4 at 12 px): hence
 * SMALL_TEXT_PX, and the parent checks every figure of the recognised text in the box.
 */
export const DOUBT_BELOW = 50;

/**
 * A picture whose text is smaller than this (the median height of its lines, in the picture's pixels) gives no figure
 * as a fact: every one is a doubt. The engine misreads such text confidently: 400 read as 40 in 14 px text, as 4 in
 * 12 px, with confidences of 69 and 93; 18 px text (a screenshot at device pixel ratio 1) read right, and a phone's
 * screenshot (ratio 2–3: 32 px and more) or a photo of a page is well above it.
 */
export const SMALL_TEXT_PX = 16;

const HAN_OR_PUNCT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const ASCII_WORD = /[A-Za-z0-9]/;
/**
 * Letters OCR puts for digits (O or 〇 for 0, l for 1): beside a digit, the figure is a doubt whatever the confidence.
 * (〇 among Chinese numerals, 二〇二三年, is no figure and no doubt.)
 */
const DIGIT_LOOKALIKE = /[OoIlSBZg|〇]/;
const CONTEXT_CHARS = 4;

/** Two words of a line written together: a space only between two Latin words or two figures (12 393 stays apart). */
function joinWords(words: string[]): string {
  let out = '';
  for (const w of words) {
    if (!w) continue;
    const last = out.slice(-1);
    if (out && ASCII_WORD.test(last) && ASCII_WORD.test(w[0]!) && !HAN_OR_PUNCT.test(last)) out += ' ';
    out += w;
  }
  return out;
}

/**
 * How sure the engine is of a word's figure: the word's confidence, or its least sure digit if lower. (The LSTM engine
 * gives each symbol a confidence near 99 even in a figure read wrong; the word's own confidence is what drops.)
 */
function figureConfidence(word: OcrWord): number {
  const digits = (word.symbols ?? []).filter((s) => /\d/.test(s.text));
  return Math.min(word.confidence, ...digits.map((s) => s.confidence));
}

/**
 * A letter beside a digit (4O0); a percent sign read as 96 or with a digit after it (90% as 9096, 85% as 85%6); a
 * percentage of three digits other than 100 (60％ read as 609%): shapes of a misread, however sure the engine is.
 */
const LOOKALIKE = new RegExp(
  `\\d${DIGIT_LOOKALIKE.source}|${DIGIT_LOOKALIKE.source}\\d|\\d96(?![\\d年元万])|[%％]\\d|(?<![\\d.])(?!100[%％])\\d{3,}[%％]`,
);

/** `after`: the character after the word on its line (1996 before 年 is a year, not 19%). */
function isDoubtful(word: OcrWord, after: string, minConfidence: number): boolean {
  // Full-width digits (４００) are figures too: the reader reads them as 400.
  const text = plainForm(word.text.trim());
  if (!/\d/.test(text)) return false;
  if (LOOKALIKE.test(text + plainForm(after))) return true;
  return figureConfidence(word) < minConfidence;
}

/** A line that starts a list item or heading: never the rest of the line above (as the reader's own list markers). */
const LIST_START =
  /^(?:\d{1,2}\s*[.、)．](?!\d)|[①-⑳]|[（(]?[一二三四五六七八九十]{1,3}[)）、]|第[一二三四五六七八九十\d]{1,3}[步条点项]|[→•·▪●■◆★☆※>-])/u;
/** How many lines either side a line's right margin is taken from (a photo is tilted: its margin drifts down the page). */
const MARGIN_LINES = 6;
/** OCR's forms of a letter's brackets beside a figure ((0739)5201234 read as 〈0739)): the reader's area code needs them. */
const BRACKETS: Record<string, string> = { '〈': '（', '〉': '）' };

interface PlacedLine {
  text: string;
  words: { word: OcrWord; start: number; text: string }[];
  x0: number;
  x1: number;
  height: number;
}

function placeLine(words: OcrWord[]): PlacedLine | undefined {
  let text = '';
  const placed: PlacedLine['words'] = [];
  for (const word of words) {
    const w = word.text.trim().replace(/[〈〉]/g, (c) => BRACKETS[c]!);
    if (!w) continue;
    text = joinWords([text, w]);
    placed.push({ word, start: text.length - w.length, text: w });
  }
  if (!placed.length) return undefined;
  const heights = placed.map(({ word }) => word.bbox.y1 - word.bbox.y0).sort((a, b) => a - b);
  return {
    text,
    words: placed,
    x0: Math.min(...placed.map(({ word }) => word.bbox.x0)),
    x1: Math.max(...placed.map(({ word }) => word.bbox.x1)),
    height: heights[heights.length >> 1]!,
  };
}

/**
 * Which lines of a picture run on into the next: a screen or a page wraps a sentence where the line is full, so a line
 * that reaches the right margin (that of the lines around it: a photo is tilted) within about a character goes on in
 * the next line, unless that line starts a list item. The reader then sees the sentence whole (a fee, a date, a phone
 * number broken over two lines is still one).
 */
function runsOn(lines: PlacedLine[]): boolean[] {
  return lines.map((line, i) => {
    const near = lines.slice(Math.max(0, i - MARGIN_LINES), i + MARGIN_LINES + 1);
    const margin = Math.max(...near.map((l) => l.x1));
    const left = Math.min(...near.map((l) => l.x0));
    // A figure or Latin word is never broken: a line stops short by the width of the one that did not fit.
    const next = lines[i + 1]?.words[0];
    const unbroken = next && /^[A-Za-z0-9]/.test(next.text) ? next.word.bbox.x1 - next.word.bbox.x0 : 0;
    // A line may also stop up to two characters short: a mark that may not start a line (：，。）) takes the
    // character before it along; a line ending a sentence that short of the margin ends its paragraph.
    const gap = margin - line.x1 - unbroken;
    const long = line.x1 - line.x0 >= 0.6 * (margin - left);
    const full = long && (gap <= 1.2 * line.height || (gap <= 2.5 * line.height && !/[。！？!?；;：:]$/.test(line.text)));
    return full && near.length > 2;
  });
}

/** The text before a line that `a` runs on into: a space only between two Latin letters (a word broken at the margin). */
function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ` : a;
}

/**
 * A quotation mark whose side is plain from what is beside it: OCR often reads a closing ” as “ or as ", and a channel's
 * name is what stands between “ and ” (支付宝搜索“社保费缴纳”). A mark (or a run of marks) right before a comma, a full
 * stop or the end of a line closes; one right after a colon, a comma or the start of a line opens. Any other mark stays
 * as read: pairing marks by counting would turn every later pair round after one mark the engine missed. Same length,
 * so every index into the text stays.
 */
function sideQuotes(text: string): string {
  return text.replace(/["“”＂]+/g, (run, at: number) => {
    const after = text.charAt(at + run.length);
    const before = at > 0 ? text.charAt(at - 1) : '';
    if (after === '' || /[\n，。、；;,.！!？?）)]/.test(after)) return '”'.repeat(run.length);
    if (before === '' || /[\n：:，,、（(]/.test(before)) return '“'.repeat(run.length);
    return run;
  });
}

/**
 * The pictures' text, the pictures one after another: a line of the picture is a line of text, except that a line
 * running on to the margin is joined to the next (also across pictures: a letter's screenshots break mid-sentence);
 * and every figure the engine was not sure of.
 */
export function textFromOcr(pictures: OcrPicture[], minConfidence = DOUBT_BELOW): OcrText {
  let text = '';
  let joinNext = false;
  const found: { picture: number; bbox: OcrBox; figure: string; start: number }[] = [];
  pictures.forEach((picture, p) => {
    const lines = picture.lines.map((l) => placeLine(l.words)).filter((l): l is PlacedLine => !!l);
    const on = runsOn(lines);
    const heights = lines.map((l) => l.height).sort((a, b) => a - b);
    const small = heights.length > 0 && heights[heights.length >> 1]! < SMALL_TEXT_PX;
    const least = small ? Infinity : minConfidence;
    lines.forEach((line, i) => {
      if (text) text = joinNext && !LIST_START.test(plainForm(line.text)) ? joinLines(text, line.text) : `${text}\n`;
      const at = text.length;
      text += line.text;
      for (const { word, start, text: w } of line.words) {
        if (isDoubtful(word, line.text.charAt(start + w.length), least))
          found.push({ picture: p, bbox: word.bbox, figure: w, start: at + start });
      }
      joinNext = on[i]!;
    });
  });
  text = sideQuotes(text);
  const doubts = found.map(({ picture, bbox, figure, start }): OcrDoubt => {
    const from = Math.max(0, start - CONTEXT_CHARS);
    return { picture, bbox, figure, context: text.slice(from, start + figure.length + CONTEXT_CHARS), offset: start - from };
  });
  return { text, doubts };
}

/** Where `d` is in a text without its white space (`plain`), as [from, to) in the text itself. */
function spansOf(plain: { text: string; at: number[] }, d: OcrDoubt): [number, number][] {
  const context = withoutSpaces(plainForm(d.context)).text;
  const offset = withoutSpaces(plainForm(d.context.slice(0, d.offset))).text.length;
  const length = withoutSpaces(plainForm(d.figure)).text.length;
  const spans: [number, number][] = [];
  if (!context || !length) return spans;
  for (let at = plain.text.indexOf(context); at >= 0; at = plain.text.indexOf(context, at + 1)) {
    spans.push([plain.at[at + offset]!, plain.at[at + offset + length - 1]! + 1]);
  }
  return spans;
}

/** Where each doubt the parent has neither corrected nor confirmed is in `text` (plain forms compared), as [from, to). */
export function doubtSpans(text: string, doubts: readonly OcrDoubt[]): [number, number][] {
  const plain = withoutSpaces(plainForm(text));
  return doubts.flatMap((d) => spansOf(plain, d));
}

/**
 * The text with its white space taken out, and where each character left was: a doubt is found again whatever the
 * reader's cleaning (spaces made one, broken lines joined) or the parent's line breaks did around it.
 */
export function withoutSpaces(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

/** The doubts still in `text`: the parent has not changed the figure or the words around it. */
export function doubtsLeft(text: string, doubts: readonly OcrDoubt[]): OcrDoubt[] {
  const plain = withoutSpaces(plainForm(text));
  return doubts.filter((d) => spansOf(plain, d).length > 0);
}

/** A doubtful figure the reader can still be shown in its place: digits right before a clear unit. */
const STANDS_IN = /^(\d+(?:\.\d+)?)(?=\s*(?:%|元|万元))/;

/**
 * The text with each doubtful figure that has a clear unit (60％ read as 609%: its digits are in doubt, not that a
 * percentage stands there) replaced by a stand-in of the same length that the sentence does not hold, so the reader
 * sees the same figures in the same places (it pairs a list of ratios with a list of hospital levels by position) and
 * every index stays. A span with no clear unit gets none (without a figure there, the pairs would shift): the caller
 * takes its sentence's values out.
 */
function withStandIns(text: string, spans: [number, number][]): { text: string; standIns: [number, number, string][] } {
  const plain = plainForm(text);
  let out = text;
  const standIns: [number, number, string][] = [];
  for (const [from, to] of spans) {
    const digits = STANDS_IN.exec(plain.slice(from, to + 4))?.[1];
    if (!digits || from + digits.length > to) continue;
    const sentenceFrom = Math.max(plain.lastIndexOf('\n', from), plain.lastIndexOf('。', from)) + 1;
    const sentence = plain.slice(sentenceFrom, plain.indexOf('。', to) < 0 ? plain.length : plain.indexOf('。', to));
    // Plausible for its unit (a ratio under 100), so the reader reads it as it would the real figure.
    const percent = /^\s*%/.test(plain.slice(from + digits.length));
    const candidates =
      digits.length === 1
        ? ['7', '3']
        : percent && digits.length === 3
          ? ['1.5', '2.5']
          : percent && digits.length > 3
            ? []
            : ['7', '3', '4'].map((d) => d.repeat(digits.length));
    const standIn = candidates.find((c) => !sentence.includes(c));
    if (!standIn) continue;
    out = out.slice(0, from) + standIn + out.slice(from + digits.length);
    standIns.push([from, from + digits.length, standIn]);
  }
  return { text: out, standIns };
}

/** The numbers a fact states (money in fen, a percentage), which a fact read beside a stand-in must show elsewhere. */
function statedNumbers(f: LetterFact): number[] {
  if (f.kind === 'fee' || f.kind === 'subsidy') return [f.amountFen];
  if (f.kind === 'benefit') return [f.amountFen, f.percent].filter((n): n is number => n !== undefined);
  return [];
}

/**
 * The reading with no fact from a doubtful figure. Where every doubtful figure of a sentence has a clear unit, the
 * sentence is read again with stand-ins in their places, and a fee, subsidy or benefit of it is kept when each of
 * its numbers is a figure of the sentence outside the doubts (80% and 70% beside a doubtful 609% stay; the 三级
 * ratio, from the stand-in, does not). Any other fact of a sentence with a doubtful figure is taken out: a fee or a
 * date becomes `unclear` under its topic (its sentence shown, no value), anything else is dropped. A figure read
 * wrong is never a fact. `doubts` are those of the text the reading was made from (`reading.text`).
 */
export function withoutDoubtful(reading: LetterReading, doubts: readonly OcrDoubt[]): LetterReading {
  if (!doubts.length) return reading;
  const spans = doubtSpans(reading.text, doubts);
  if (!spans.length) return reading;
  const overlaps = (f: LetterFact, list: readonly (readonly [number, number, ...unknown[]])[]) =>
    list.some(([from, to]) => from < f.at + f.quote.length && to > f.at);
  const facts: LetterFact[] = [];
  const unclear = (f: LetterFact) => {
    if (f.kind !== 'fee' && f.kind !== 'window' && f.kind !== 'coverage') return;
    if (!facts.some((u) => u.kind === 'unclear' && u.topic === f.kind && u.at === f.at)) {
      facts.push({ kind: 'unclear', topic: f.kind, quote: f.quote, at: f.at });
    }
  };

  const masked = withStandIns(reading.text, spans);
  const again = masked.standIns.length ? readLetter(masked.text) : undefined;
  // The stand-ins are used only where the reader read the text as it was given (its cleaning kept every index).
  const kept = again && again.text === masked.text ? again.facts : [];
  const masks = kept.length ? masked.standIns : [];
  const unmasked = spans.filter(([from]) => !masks.some(([f]) => f === from));
  for (const f of reading.facts) {
    if (!overlaps(f, spans)) facts.push(f);
    else if (overlaps(f, unmasked) || !masks.length) unclear(f);
  }
  for (const f of kept) {
    if (!overlaps(f, masks) || overlaps(f, unmasked)) continue;
    const quote = reading.text.slice(f.at, f.at + f.quote.length);
    // The sentence's own figures, the stand-ins' places blanked: each number of the fact must be one of them.
    let bare = quote;
    for (const [from, to] of masks) {
      const a = Math.max(from - f.at, 0);
      const b = Math.min(to - f.at, quote.length);
      if (a < b) bare = bare.slice(0, a) + ' '.repeat(b - a) + bare.slice(b);
    }
    const seen = new Set(figures(plainForm(bare)).map((g) => g.value));
    const numbers = statedNumbers(f);
    const textOfIt = JSON.stringify({ ...f, quote: '', at: 0 });
    const shown = numbers.length > 0 && numbers.every((n) => seen.has(n));
    const noStandIn = masks.every(([, , standIn]) => !textOfIt.includes(standIn));
    if (shown && noStandIn) facts.push({ ...f, quote });
    else {
      const original = reading.facts.find((o) => o.kind === f.kind && o.at === f.at);
      if (original) unclear(original);
    }
  }
  return { ...reading, facts: facts.sort((a, b) => a.at - b.at) };
}
