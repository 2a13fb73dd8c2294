import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, cleanLines, cutAtGrapheme, graphemes, linkValueExcerpt, schoolNameProblem, wellFormed } from './clean-text.ts';

const FAMILY = '👨\u200d👩\u200d👧'; // one grapheme: three people joined by zero-width joiners
const FLAG = '🇨🇳'; // one grapheme: two regional indicators
const HEART = '❤\ufe0f'; // one grapheme: a heart with the emoji variation selector
const SCOTLAND = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'; // a flag spelled with tag characters

describe('wellFormed', () => {
  it.each([
    ['学\ud800校', '学\ufffd校'],
    ['\udc00学校', '\ufffd学校'],
    ['学校\ud83d', '学校\ufffd'],
    ['\udc00\ud800', '\ufffd\ufffd'],
  ])('%j → %j, and encodeURIComponent no longer throws', (raw, clean) => {
    expect(() => encodeURIComponent(raw)).toThrow(URIError);
    expect(wellFormed(raw)).toBe(clean);
    expect(() => encodeURIComponent(wellFormed(raw))).not.toThrow();
  });

  it('leaves well-formed text alone', () => {
    expect(wellFormed('😀学校')).toBe('😀学校');
  });
});

describe('cleanLine', () => {
  it.each([
    ['lone surrogates are dropped', '鹤山\ud800一小\udfff', '鹤山一小'],
    ['bidi overrides and isolates are removed', '\u202e学小\u2066一第\u2069\u202c', '学小一第'],
    ['NUL, BEL, DEL and C1 controls are removed', '鹤\u0000山\u0007一\u007f小\u0085学', '鹤山一小 学'],
    ['zero-width characters between letters are removed', '零\u200b宽\u200c字\u200d符\ufeff\u2060', '零宽字符'],
    ['line and paragraph separators become spaces', '鹤山\n一小\u2028三年级\t2班', '鹤山 一小 三年级 2班'],
    ['a joined family emoji keeps its joiners', `${FAMILY}小学`, `${FAMILY}小学`],
    ['a heart keeps its variation selector', `${HEART}小学`, `${HEART}小学`],
    ['a tag flag keeps its tags', `${SCOTLAND}小学`, `${SCOTLAND}小学`],
    ['a stray joiner after a letter goes', '学\u200d校', '学校'],
    ['a stray tag after a letter goes', 'a\u{e0041}b', 'ab'],
  ])('%s', (_, raw, clean) => expect(cleanLine(raw, 40)).toBe(clean));

  it('cuts between graphemes, never inside an emoji or a flag', () => {
    // 8 code points: 5 of the family, 2 of the flag would make 9 with the letter.
    expect(cleanLine(`学${FAMILY}${FLAG}`, 7)).toBe(`学${FAMILY}`);
    expect(cleanLine(`学${FAMILY}${FLAG}`, 8)).toBe(`学${FAMILY}${FLAG}`);
    expect(cleanLine(`${FLAG}${FLAG}${FLAG}`, 5)).toBe(`${FLAG}${FLAG}`);
    expect(cleanLine('校'.repeat(50), 40)).toBe('校'.repeat(40));
    expect(cleanLine(`${'a'.repeat(39)} b`, 40)).toBe('a'.repeat(39));
  });

  it('takes anything, keeping only strings', () => {
    for (const value of [undefined, null, 42, {}, ['小学']]) expect(cleanLine(value, 40)).toBe('');
  });

  it('for any input: well-formed, within the limit, one line, no bidi or control characters, idempotent, never a split grapheme', () => {
    const emojiish = fc.constantFrom(FAMILY, FLAG, HEART, SCOTLAND, '\u200d', '\u202e', '\ud800', '\udc00', '学', ' ', 'a');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.array(emojiish, { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 50 }), (raw, max) => {
        const clean = cleanLine(raw, max);
        expect(wellFormed(clean)).toBe(clean);
        expect(() => encodeURIComponent(clean)).not.toThrow();
        expect(Array.from(clean).length).toBeLessThanOrEqual(max);
        expect(clean).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/);
        expect(clean).toBe(clean.trim());
        expect(cleanLine(clean, max)).toBe(clean);
        // Every grapheme of the result is a grapheme of the full cleaned text: nothing was cut in half.
        const full = graphemes(cleanLine(raw, 10_000));
        const kept = graphemes(clean);
        for (const g of kept) expect(full).toContain(g);
        // A zero-width joiner survives only inside an emoji.
        for (const g of kept) if (g.includes('\u200d')) expect(g).toMatch(/\p{Extended_Pictographic}|\p{Regional_Indicator}/u);
      }),
    );
  }, 30_000);
});

describe('cutAtGrapheme', () => {
  it('keeps whole graphemes within the count of code points', () => {
    expect(cutAtGrapheme(`${FAMILY}${FAMILY}`, 9)).toBe(FAMILY);
    expect(cutAtGrapheme(FAMILY, 4)).toBe('');
    expect(cutAtGrapheme('e\u0301cole', 1)).toBe('');
    expect(cutAtGrapheme('e\u0301cole', 2)).toBe('e\u0301');
  });
});

describe('schoolNameProblem', () => {
  it.each([
    ['请扫码缴费 http://evil.example 小学', 'web-address'],
    ['HTTPS：//pay.example', 'web-address'],
    ['ｈｔｔｐ：／／ｅｖｉｌ．ｅｘａｍｐｌｅ', 'web-address'],
    ['www.pay-now.cn 小学', 'web-address'],
    ['缴费到 pay.example.com', 'web-address'],
    ['evil。com小学', 'web-address'],
    ['速联系 13800138000 小学', 'phone-or-account'],
    ['电话 0750-8888888', 'phone-or-account'],
    ['电话 (0750) 888 8888', 'phone-or-account'],
    ['转账 6222 0212 3456 7890 123', 'phone-or-account'],
    ['缴费请打１３８００１３８０００', 'phone-or-account'],
    ['加微信号 pay_123 小学', 'contact'],
    ['联系 pay@evil.example', 'web-address'],
    ['QQ 12345', 'contact'],
  ])('%j → %s', (name, problem) => expect(schoolNameProblem(name)).toBe(problem));

  it.each([
    '鹤山市第一小学',
    '聊城市实验小学 三年级2班',
    '天津市第101中学 2024级3班',
    'St Mary’s School',
    'No.1 Middle School',
    '柳州市高级中学 高一（3）班',
    '温州市鹿城区 YMCA 幼儿园',
    `👨\u200d👩\u200d👧 亲子幼儿园`,
  ])('%j is a school name', (name) => expect(schoolNameProblem(name)).toBeUndefined());
});

describe('linkValueExcerpt', () => {
  it.each(['university', '2026-02-30', 'liao.cheng', 'shanghai', 'aid_2'])('repeats a short code: %j', (value) =>
    expect(linkValueExcerpt(value)).toBe(value),
  );

  it.each([
    ['a sentence', '请向6222021234567890转账'],
    ['an account number', '62220212345678901234'],
    ['a long value', 'a'.repeat(25)],
    ['bidi and zero-width characters', 'abc\u202edef\u200b'],
    ['a NUL', 'a\u0000b'],
    ['spaces', 'pay now'],
    ['a percent sign', '%FF'],
  ])('repeats nothing of %s', (_, value) => expect(linkValueExcerpt(value)).toBeUndefined());
});

describe('cleanLines: a pasted letter', () => {
  it.each([
    ['keeps its lines, every break made one', '第一行\r\n第二行\r第三行\u2028第四行', '第一行\n第二行\n第三行\n第四行'],
    ['trims each line and makes runs of spaces one', '  缴费 \t 标准：\u3000400元  \n  咨询', '缴费 标准： 400元\n咨询'],
    ['keeps at most one blank line', '一\n\n\n\n二', '一\n\n二'],
    ['removes controls, bidi and zero-width characters', 'a\u0000b\u202ec\u200bd\ufeffe', 'abcde'],
    [
      'keeps an emoji whole and drops a lone joiner',
      '📢通知\u200d！👨\u200d👩\u200d👧 ☎️ 1️⃣ 好\ufe0f',
      '📢通知！👨\u200d👩\u200d👧 ☎️ 1️⃣ 好',
    ],
    ['makes a lone surrogate U+FFFD and drops it', 'a\ud800b', 'ab'],
    ['gives nothing for what is not a string', 42, ''],
  ])('%s', (_, raw, expected) => {
    expect(cleanLines(raw)).toBe(expected);
  });

  it('every line of its result is what cleanLine makes of it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (raw) => {
        for (const line of cleanLines(raw).split('\n')) expect(cleanLine(line, 1000)).toBe(line);
      }),
    );
  });
});
