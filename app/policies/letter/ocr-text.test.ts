// From the OCR engine's words to the letter's text and its doubtful figures, with synthetic tesseract words: how words
// and lines are joined, which figures are doubts, what is left of the doubts after the parent edits the text, and that a
// doubtful figure never reaches the plan as a fact.
import { describe, expect, it } from 'vitest';
import {
  doubtSpans,
  doubtsLeft,
  DOUBT_BELOW,
  SMALL_TEXT_PX,
  textFromOcr,
  withoutDoubtful,
  type OcrLine,
  type OcrPicture,
  type OcrWord,
} from './ocr-text.ts';
import { readLetter } from './read-letter.ts';

/** Font height in pixels: a CJK character is this wide, a digit or Latin letter half as wide. */
const H = 30;
/** The right margin of the full lines below (22 CJK characters from x 34). */
const MARGIN = 34 + 22 * H;

/** A word at x on line y, each symbol as sure as the word (as the LSTM engine gives them: near 99). */
function word(text: string, x: number, y: number, confidence = 96): OcrWord {
  const width = [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? H / 2 : H), 0);
  return {
    text,
    confidence,
    bbox: { x0: x, y0: y, x1: x + width, y1: y + H },
    symbols: [...text].map((c) => ({ text: c, confidence: 99 })),
  };
}

/** A line of words from the left margin (x 34) on row `row`; words given as [text, confidence?]. */
function line(row: number, ...words: (string | [string, number])[]): OcrLine {
  let x = 34;
  return {
    words: words.map((w) => {
      const [text, confidence] = typeof w === 'string' ? [w, 96] : w;
      const out = word(text, x, row * 52, confidence);
      x = out.bbox.x1;
      return out;
    }),
  };
}

/** Filler lines that reach the margin (the right margin is that of the lines around). */
const fullLine = (row: number) => line(row, '城乡居民基本医疗保险集中参保缴费工作已经开始');
const picture = (...lines: OcrLine[]): OcrPicture => ({ lines });

describe('textFromOcr: the words of a line written together', () => {
  it.each([
    ['CJK and figures', ['缴费标准', '400', '元'], '缴费标准400元'],
    ['two Latin words keep their space', ['WeChat', 'Pay'], 'WeChat Pay'],
    ['two figures stay apart (12 393)', ['拨打', '12', '393'], '拨打12 393'],
    ['a figure after a CJK punctuation mark', ['电话：', '0739', '-', '5201234'], '电话：0739-5201234'],
    ['OCR brackets 〈〉 read as the letter’s （）', ['〈0739〉', '5201234'], '（0739）5201234'],
  ])('%s', (_, words, text) => {
    expect(textFromOcr([picture(line(0, ...words))]).text).toBe(text);
  });
});

describe('textFromOcr: lines', () => {
  it('a line of the picture is a line of text; pictures follow one another', () => {
    const out = textFromOcr([picture(line(0, '各位家长：'), line(1, '请按时缴费。')), picture(line(0, '咨询电话：12393'))]);
    expect(out.text).toBe('各位家长：\n请按时缴费。\n咨询电话：12393');
  });

  it('a line that runs on to the margin goes on in the next line, also on the next picture', () => {
    const run = line(2, '今年缴费标准：2027年度个人缴费标准为每人每年');
    expect(run.words.at(-1)!.bbox.x1).toBeGreaterThan(MARGIN - 1.2 * H);
    const out = textFromOcr([picture(fullLine(0), fullLine(1), run, line(3, '400元。')), picture(line(0, '全年有效。'))]);
    expect(out.text.split('\n')).toEqual([
      '城乡居民基本医疗保险集中参保缴费工作已经开始城乡居民基本医疗保险集中参保缴费工作已经开始今年缴费标准：2027年度个人缴费标准为每人每年400元。',
      '全年有效。',
    ]);
    const across = textFromOcr([picture(fullLine(0), fullLine(1), run), picture(line(0, '400元。'))]);
    expect(across.text).toMatch(/每人每年400元。$/);
  });

  it('a short line, a sentence ended short of the margin, and a list item after a full line stay apart', () => {
    const out = textFromOcr([
      picture(
        fullLine(0),
        fullLine(1),
        line(2, '三、缴费方式：'),
        line(3, '城乡居民基本医疗保险集中参保缴费工作已。'),
        line(4, '报销比例分别为'),
        fullLine(5),
        line(6, '2.', '打开支付宝'),
      ),
    ]);
    expect(out.text.split('\n')).toEqual([
      '城乡居民基本医疗保险集中参保缴费工作已经开始城乡居民基本医疗保险集中参保缴费工作已经开始',
      '三、缴费方式：',
      '城乡居民基本医疗保险集中参保缴费工作已。',
      '报销比例分别为',
      '城乡居民基本医疗保险集中参保缴费工作已经开始',
      '2.打开支付宝',
    ]);
  });
});

describe('textFromOcr: doubtful figures', () => {
  it.each<[string, (string | [string, number])[], string]>([
    ['a figure of low confidence', ['缴费', ['380', DOUBT_BELOW - 1], '元'], '380'],
    ['a letter O beside digits, however sure', ['缴费', ['4O0', 99], '元'], '4O0'],
    ['a lower-case l for 1', ['电话', ['l2393', 99]], 'l2393'],
    ['a 〇 among digits', ['', ['2〇27', 99], '年度'], '2〇27'],
    ['a full-width figure of low confidence', ['缴费', ['３８０', DOUBT_BELOW - 1], '元'], '３８０'],
    ['a percent sign read as 96', ['比例为', ['9096)', 99]], '9096)'],
    ['a digit after a percent sign', ['报销', ['85%6', 99], '。'], '85%6'],
    ['a percentage of three digits (60％ read as 609%)', ['报销比例', ['609%', 99], '。'], '609%'],
  ])('%s is a doubt', (_, words, figure) => {
    const out = textFromOcr([picture(line(0, ...words), line(1, '另行通知'))]);
    expect(out.doubts).toHaveLength(1);
    const d = out.doubts[0]!;
    expect(d).toMatchObject({ picture: 0, figure });
    expect(d.context.slice(d.offset, d.offset + figure.length)).toBe(figure);
    expect(out.text).toContain(d.context);
  });

  it('a sure figure, a year with 96 before 年, 100%, and unsure words without a digit are no doubt', () => {
    const out = textFromOcr([
      picture(
        line(0, '缴费', ['400', 99], '元'),
        line(1, ['1996', 97], '年', ['100%', 90]),
        line(2, ['模糊', 10], '文字', ['封项', 10], '20', '万元'),
        line(3, '二〇二七年度'),
      ),
    ]);
    expect(out.doubts).toEqual([]);
  });

  it('names the picture and the box of the figure, to show its crop', () => {
    const sure = picture(line(0, '一、缴费标准'));
    const unsure = picture(line(0, '缴费', ['360', DOUBT_BELOW - 10], '元'));
    const [d] = textFromOcr([sure, unsure]).doubts;
    expect(d).toMatchObject({ picture: 1, figure: '360', bbox: unsure.lines[0]!.words[1]!.bbox, context: '准\n缴费360元', offset: 4 });
  });
});

describe('doubtsLeft: after the parent reads the box', () => {
  const ocr = textFromOcr([picture(line(0, '个人缴费', ['880', DOUBT_BELOW - 5], '元，请于', '12', '月前缴清。'))]);
  it.each([
    ['left as it was', ocr.text, 1],
    ['another word edited', ocr.text.replace('缴清', '交清'), 1],
    ['full-width forms typed', ocr.text.replace('，', ','), 1],
    ['the figure corrected', ocr.text.replace('880', '380'), 0],
    ['spaces or a line break typed around the figure', ocr.text.replace('缴费880元', '缴费\n880 元'), 1],
    ['the words around it changed', ocr.text.replace('缴费880元，', '缴 880元！'), 0],
  ])('%s', (_, text, left) => {
    expect(doubtsLeft(text, ocr.doubts)).toHaveLength(left);
  });
});

describe('doubtSpans: the figure found again in the text the reader cleaned', () => {
  it('across a line break the reader joined, and spaces it made one', () => {
    const ocr = textFromOcr([picture(line(0, '个人缴费标准为每人每年'), line(1, ['380', DOUBT_BELOW - 1], '元。'))]);
    expect(ocr.doubts[0]!.context).toContain('\n');
    for (const text of [ocr.text.replace('\n', ''), ocr.text.replace('\n', '  ')]) {
      const [[from, to]] = doubtSpans(text, ocr.doubts) as [[number, number]];
      expect(text.slice(from, to)).toBe('380');
    }
  });
});

describe('withoutDoubtful: a doubtful figure is never a fact', () => {
  const letterLines = (fee: string | [string, number], phone: string | [string, number]) =>
    picture(
      line(0, '关于', '2027', '年度城乡居民医保参保缴费的通知'),
      line(1, '一、缴费标准：个人缴费', fee, '元。'),
      line(2, '二、缴费时间：', '2026', '年', '9', '月', '1', '日至', '2026', '年', '12', '月', '31', '日。'),
      line(3, '咨询电话：云溪市医疗保障局', phone),
    );

  it('a sure reading keeps its facts', () => {
    const ocr = textFromOcr([letterLines('400', '0739-5201234')]);
    const reading = withoutDoubtful(readLetter(ocr.text), ocr.doubts);
    expect(reading.facts).toContainEqual(expect.objectContaining({ kind: 'fee', amountFen: 40000 }));
    expect(reading.facts).toContainEqual(expect.objectContaining({ kind: 'phone', number: '5201234' }));
  });

  it('a doubtful fee becomes unclear (its sentence, no value); a doubtful phone is dropped; the rest stays', () => {
    const ocr = textFromOcr([letterLines(['880', DOUBT_BELOW - 10], ['0739-5201Z34', 99])]);
    expect(ocr.doubts.map((d) => d.figure)).toEqual(['880', '0739-5201Z34']);
    const read = readLetter(ocr.text);
    const reading = withoutDoubtful(read, ocr.doubts);
    expect(reading.facts.filter((f) => f.kind === 'fee')).toEqual([]);
    expect(reading.facts).toContainEqual({
      kind: 'unclear',
      topic: 'fee',
      quote: '一、缴费标准：个人缴费880元。',
      at: ocr.text.indexOf('一、'),
    });
    expect(reading.facts.filter((f) => f.kind === 'phone')).toEqual([]);
    expect(reading.facts).toContainEqual(expect.objectContaining({ kind: 'window', from: '2026-09-01', to: '2026-12-31' }));
    // Once the parent has corrected the figure, the fee is a fact again.
    const corrected = ocr.text.replace('880', '380');
    expect(withoutDoubtful(readLetter(corrected), doubtsLeft(corrected, ocr.doubts)).facts).toContainEqual(
      expect.objectContaining({ kind: 'fee', amountFen: 38000 }),
    );
  });
});

describe('withoutDoubtful: a doubtful figure with a clear unit costs only its own fact', () => {
  it('60％ read as 609%: the 一级 and 二级 ratios stay facts with the sentence as read, the 三级 one is not a fact', () => {
    const ocr = textFromOcr([
      picture(
        line(0, '关于', '2027', '年度城乡居民医保参保缴费的通知'),
        line(1, '三、住院：在一、二、三级医院发生的住院医疗费用，报销比例分别为', '80%', '、', '70%', '、', ['609%', 99], '。'),
      ),
    ]);
    expect(ocr.doubts.map((d) => d.figure)).toEqual(['609%']);
    const read = readLetter(ocr.text);
    const reading = withoutDoubtful(read, ocr.doubts);
    const ratios = reading.facts.filter((f) => f.kind === 'benefit' && f.what === 'ratio');
    expect(ratios.map((f) => f.kind === 'benefit' && [f.level, f.percent])).toEqual([
      ['一级', 80],
      ['二级', 70],
    ]);
    // Each kept fact quotes the text as the parent sees it, never the stand-in.
    for (const f of ratios) expect(ocr.text.slice(f.at, f.at + f.quote.length)).toBe(f.quote);
    // No value from the stand-in (1.5) or the misread (609): they are only in the quoted sentence.
    expect(JSON.stringify(reading.facts.map((f) => ({ ...f, quote: '' })))).not.toMatch(/1\.5|609/);
  });

  it('a doubtful figure with no clear unit (9096 for 90%) still takes its sentence’s values out', () => {
    const ocr = textFromOcr([
      picture(
        line(0, '关于', '2027', '年度城乡居民医保参保缴费的通知'),
        line(1, '三、住院：在一、二、三级医院发生的住院医疗费用，报销比例分别为', ['9096', 99], '、', '70%', '、', '60%', '。'),
      ),
    ]);
    const reading = withoutDoubtful(readLetter(ocr.text), ocr.doubts);
    expect(reading.facts.filter((f) => f.kind === 'benefit')).toEqual([]);
  });
});

describe('textFromOcr: small text and quotation marks', () => {
  it('text smaller than SMALL_TEXT_PX makes every figure a doubt, however sure the engine is', () => {
    const shrink = (l: OcrLine, h: number): OcrLine => ({
      words: l.words.map((w) => ({ ...w, bbox: { ...w.bbox, y1: w.bbox.y0 + h } })),
    });
    const lines = [line(0, '一、缴费标准：个人缴费', ['400', 99], '元。'), line(1, '咨询电话', ['12393', 99])];
    const small = textFromOcr([picture(...lines.map((l) => shrink(l, SMALL_TEXT_PX - 1)))]);
    expect(small.doubts.map((d) => d.figure)).toEqual(['400', '12393']);
    const large = textFromOcr([picture(...lines.map((l) => shrink(l, SMALL_TEXT_PX + 10)))]);
    expect(large.doubts).toEqual([]);
  });

  it.each([
    ['a closing mark read as an opening one', '支付宝搜索“社保费缴纳“，点击', '支付宝搜索“社保费缴纳”，点击'],
    ['a straight mark before a comma closes, after a colon opens', '关注"银联服务号"，点击：“缴费"', '关注"银联服务号”，点击：“缴费”'],
    ['a mark with words on both sides stays as read', '进入“山东税务“缴费', '进入“山东税务“缴费'],
  ])('%s', (_, read, text) => {
    expect(textFromOcr([picture(line(0, read))]).text).toBe(text);
  });
});
