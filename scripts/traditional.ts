// Simplified → traditional Chinese (Taiwan standard characters, no vocabulary changes) for the zh-Hant files, with
// OpenCC's phrase-level conversion and a few phrases of ours put first. OpenCC converts by the longest phrase it
// knows from each position, so "学生发放" reads 生发 (hair growth) and gives 學生髮放, "家长发" gives 家長髮, and
// 里 of "报道里" stays 里: each phrase below is matched before OpenCC's own, in the words our texts use.
import * as OpenCC from 'opencc-js';

/** Simplified phrase → its traditional form, where OpenCC's dictionaries pick the wrong character. */
export const PHRASES: [string, string][] = [
  ['发放', '發放'],
  ['家长发', '家長發'],
  ['报道里', '報道裡'],
  ['并到', '並到'],
  ['厂里', '廠裡'],
  ['群里', '群裡'],
  ['社区里', '社區裡'],
];

let converter: ((text: string) => string) | undefined;
let phrase: RegExp | undefined;

/** The text in traditional characters: our phrases as given, OpenCC's phrase-level conversion (cn → tw) between them. */
export function toTraditional(text: string): string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  phrase ??= new RegExp(
    `(${[...PHRASES]
      .sort((a, b) => b[0].length - a[0].length)
      .map(([s]) => s)
      .join('|')})`,
  );
  const table = new Map(PHRASES);
  // split with a capturing group: odd parts are our phrases, even parts the text between them.
  return text
    .split(phrase)
    .map((part, i) => (i % 2 === 1 ? table.get(part)! : converter!(part)))
    .join('');
}
