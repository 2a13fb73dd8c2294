// Untrusted text (typed by a teacher, read from a link) made fit to show and to put in a link: well-formed
// Unicode, no invisible or reordering characters, one line, cut at a character boundary a reader sees
// (a grapheme: an emoji with its joiners, a flag, a letter with its accents). Pure, no DOM.

// Lone surrogates make encodeURIComponent throw (URIError) and show as garbage; a pair is one character.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does (older phones lack it). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

// C0 and C1 controls and DEL; bidi marks, embeddings, overrides and isolates (they reorder what is shown);
// zero-width space and non-joiner, soft hyphen, Mongolian vowel separator, invisible operators, BOM, interlinear annotations; U+FFFD (what is left
// of a broken character). Zero-width joiners and tags are handled per grapheme, below.
const ALWAYS_REMOVED =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffd]/gu;
// Zero-width joiners, variation selectors and tag characters: part of an emoji (👨‍👩‍👧, ❤️, 🏴󠁧󠁢󠁳󠁣󠁴󠁿), otherwise only
// a way to hide text or make two names look alike.
const JOINERS = /[\u200d\ufe0e\ufe0f\u{e0020}-\u{e007f}]/gu;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
// Every kind of line or paragraph break and tab becomes a space before the rest is cleaned.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

/** The text's graphemes; where `Intl.Segmenter` is missing (old browsers), its code points. */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** Keeps whole graphemes from the start while the total stays within `maxCodePoints`. */
export function cutAtGrapheme(text: string, maxCodePoints: number): string {
  let kept = '';
  let count = 0;
  for (const g of graphemes(text)) {
    const size = Array.from(g).length;
    if (count + size > maxCodePoints) break;
    kept += g;
    count += size;
  }
  return kept;
}

/**
 * One line of untrusted text, cleaned: well-formed, no control, bidi or zero-width characters (joiners kept
 * inside an emoji), white space runs made one space, trimmed, and at most `max` code points cut at a grapheme
 * boundary. Anything that is not a string gives ''.
 */
export function cleanLine(raw: unknown, max: number): string {
  if (typeof raw !== 'string') return '';
  const text = wellFormed(raw).replace(BREAKS, ' ').replace(ALWAYS_REMOVED, '');
  const kept = graphemes(text)
    .map((g) => (PICTOGRAPHIC.test(g) ? g : g.replace(JOINERS, '')))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
  return cutAtGrapheme(kept, max).trim();
}

export type SchoolNameProblem = 'web-address' | 'phone-or-account' | 'contact';

// Checked on the NFKC form, so full-width letters, digits and dots (ｈｔｔｐ，．ｃｏｍ，１３８) count as their plain ones.
const WEB = /(?:https?|ftp)\s*[:：]|\/\/|www\s*[.。]|[a-z0-9-][.。][a-z]{2,}/iu;
const CONTACT = /@|微信号|v信|vx\s*[:：]|qq\s*[:：]?\s*\d|加微/iu;
// Seven digits or more, allowing spaces, dots, dashes and brackets between them, is a phone, a bank card or an
// account number; a school's name or class holds at most a year (4 digits).
const LONG_NUMBER = /\d(?:[\s().\-–—+]*\d){6,}/u;

/**
 * Why text cannot be a school's name or class: it holds a web address, a phone or account number, or a contact
 * handle. A teacher is told so on /school; a link carrying one loses its school name.
 */
export function schoolNameProblem(name: string): SchoolNameProblem | undefined {
  const plain = name.normalize('NFKC');
  if (WEB.test(plain)) return 'web-address';
  if (LONG_NUMBER.test(plain)) return 'phone-or-account';
  if (CONTACT.test(plain)) return 'contact';
  return undefined;
}

/** The most characters of a link value that a message repeats. */
export const EXCERPT_MAX = 24;

/**
 * A link's value as a message may repeat it ("链接里的“学段”是“university”"): only a short code made of letters,
 * digits, dots and dashes, such as a mistyped id or date. Anything else (a sentence, a number that could be an
 * account, invisible characters) gives undefined, and the message says what was wrong without quoting it.
 */
export function linkValueExcerpt(raw: string): string | undefined {
  if (raw.length > EXCERPT_MAX || !/^[a-z0-9][a-z0-9._-]*$/i.test(raw)) return undefined;
  if (/\d{7,}/.test(raw)) return undefined;
  return raw;
}

// Line breaks of every kind, made one "\n" by `cleanLines`.
// A joiner between two pictographs (👨‍👩‍👧), a variation selector after a pictograph or a keycap base (☎️, 1️⃣), a tag
// after a black flag or another tag (🏴󠁧󠁢󠁳󠁣󠁴󠁿): parts of an emoji. Any other is removed.
const LONE_ZWJ = /(?<![\p{Extended_Pictographic}\ufe0f\u{1f3fb}-\u{1f3ff}])\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const LONE_SELECTOR = /(?<![\p{Extended_Pictographic}#*0-9])[\ufe0e\ufe0f]/gu;
const LONE_TAG = /(?<![\u{1f3f4}\u{e0020}-\u{e007f}])[\u{e0020}-\u{e007f}]/gu;
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;

/**
 * A pasted text of many lines (a school's letter) cleaned as `cleanLine` cleans one line, its line breaks kept:
 * well-formed, no control, bidi or zero-width characters (joiners kept inside an emoji), runs of spaces made one,
 * each line trimmed, at most one blank line in a row. Nothing is cut. Anything that is not a string gives ''.
 */
export function cleanLines(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let text = wellFormed(raw).replace(LINE_BREAKS, '\n').replace(/\t/g, ' ');
  text = text
    .split('\n')
    .map((line) => line.replace(ALWAYS_REMOVED, ''))
    .join('\n');
  // Joiners are kept only inside an emoji, as `cleanLine` keeps them, but found by their neighbours rather than by
  // splitting the text into graphemes: Intl.Segmenter takes seconds on a letter of 20,000 characters.
  text = text.replace(LONE_ZWJ, '').replace(LONE_SELECTOR, '').replace(LONE_TAG, '');
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
