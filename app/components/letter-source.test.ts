import { describe, expect, it } from 'vitest';
import { quoteSpan } from './letter-source.tsx';

// A fact's 出处 marks its sentence in the letter: found as written, or across the line ends of a letter read from a
// picture (the reader quotes the sentence whole).
describe('quoteSpan', () => {
  const ocr = '一、缴费标准:2027年度个人缴费标准为\n每人每年400元，财政补助标准为每人每年\n700元。\n二、缴费时间';
  it.each([
    ['as written', '今年每人400元。', '每人400元', '每人400元'],
    [
      'across line ends',
      ocr,
      '2027年度个人缴费标准为每人每年400元，财政补助标准为每人每年700元。',
      '2027年度个人缴费标准为\n每人每年400元，财政补助标准为每人每年\n700元。',
    ],
  ])('%s', (_, letter, quote, marked) => {
    const span = quoteSpan(letter, quote)!;
    expect(letter.slice(span[0], span[1])).toBe(marked);
  });
  it('not there: none', () => {
    expect(quoteSpan(ocr, '每人每年380元')).toBeUndefined();
    expect(quoteSpan(ocr, ' \n')).toBeUndefined();
  });
});
