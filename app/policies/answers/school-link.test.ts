import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkRegion, SCHOOL_NAME_MAX, sanitizeSchoolName, schoolFromLink, schoolLabel, schoolLink, schoolPath } from './school-link.ts';
import { REGION_IDS } from '../model/types.ts';

// Zero-width joiners (U+200D) are kept inside an emoji (👨‍👩‍👧), so they are checked in clean-text.test.ts.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('sanitizeSchoolName', () => {
  it.each([
    ['  鹤山市第一小学  ', '鹤山市第一小学'],
    ['鹤山市\n第一\t小学', '鹤山市 第一 小学'],
    ['鹤山\u0000市\u0007第一\u007f小学', '鹤山市第一小学'],
    ['\u202e学小一第\u202c', '学小一第'],
    ['零\u200b宽\ufeff字符', '零宽字符'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['', ''],
    ['   \u0000 ', ''],
  ])('%j → %j', (raw, clean) => expect(sanitizeSchoolName(raw)).toBe(clean));

  it('takes anything, keeping only strings', () => {
    for (const value of [undefined, null, 42, {}, ['小学']]) expect(sanitizeSchoolName(value)).toBe('');
  });

  it(`keeps at most ${SCHOOL_NAME_MAX} characters and never cuts a character in half`, () => {
    expect(sanitizeSchoolName('校'.repeat(50))).toBe('校'.repeat(40));
    const astral = '𠀀'.repeat(45); // outside the BMP: two UTF-16 units each
    expect(Array.from(sanitizeSchoolName(astral))).toHaveLength(40);
    expect(sanitizeSchoolName(astral)).toBe('𠀀'.repeat(40));
    // Cut at a space: no trailing space is left.
    expect(sanitizeSchoolName(`${'a'.repeat(39)} b`)).toBe('a'.repeat(39));
  });

  it('is idempotent, short and free of control characters for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const clean = sanitizeSchoolName(raw);
        expect(sanitizeSchoolName(clean)).toBe(clean);
        expect(Array.from(clean).length).toBeLessThanOrEqual(SCHOOL_NAME_MAX);
        expect(clean).not.toMatch(CONTROL);
        expect(clean).toBe(clean.trim());
      }),
    );
  }, 30_000);
});

describe('schoolFromLink', () => {
  it('keeps a school name and drops one that carries a web address, a phone or an account number', () => {
    expect(schoolFromLink(' 鹤山市第一小学\u202e ')).toBe('鹤山市第一小学');
    expect(schoolFromLink('请扫码缴费 http://evil.example 小学')).toBe('');
    expect(schoolFromLink('缴费热线13800138000')).toBe('');
    expect(schoolFromLink('学校\ud800')).toBe('学校');
    expect(schoolFromLink(null)).toBe('');
  });
});

describe('the link', () => {
  it('is /?region=<id>&school=<name>, the name percent-encoded', () => {
    expect(schoolPath('liaocheng', '聊城 实验小学')).toBe(
      '/?region=liaocheng&school=%E8%81%8A%E5%9F%8E%20%E5%AE%9E%E9%AA%8C%E5%B0%8F%E5%AD%A6',
    );
    expect(schoolPath('tianjin', '')).toBe('/?region=tianjin');
    expect(schoolLink('https://example.org/', 'liuzhou', 'A&B=#?小学')).toBe(
      'https://example.org/?region=liuzhou&school=A%26B%3D%23%3F%E5%B0%8F%E5%AD%A6',
    );
  });

  it('never throws on a lone surrogate (URIError) and carries the name without it', () => {
    expect(schoolPath('liaocheng', '实验\ud800小学')).toBe(schoolPath('liaocheng', '实验小学'));
  });

  it('carries exactly the sanitised name back to the app, whatever was typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGION_IDS), fc.string({ unit: 'binary', maxLength: 80 }), (region, raw) => {
        const url = new URL(schoolLink('http://127.0.0.1:4173', region, raw));
        expect(url.pathname).toBe('/');
        expect(linkRegion(url.searchParams.get('region'))).toBe(region);
        expect(sanitizeSchoolName(url.searchParams.get('school') ?? '')).toBe(sanitizeSchoolName(raw));
        expect([...url.searchParams.keys()].every((k) => k === 'region' || k === 'school')).toBe(true);
      }),
    );
  });

  it('joins school and class, within the limit', () => {
    expect(schoolLabel(' 鹤山一小 ', ' 三年级2班 ')).toBe('鹤山一小 三年级2班');
    expect(schoolLabel('', '三年级2班')).toBe('三年级2班');
    expect(Array.from(schoolLabel('校'.repeat(40), '三年级2班'))).toHaveLength(40);
  });

  it('knows only the regions the app covers', () => {
    expect(linkRegion('liaocheng')).toBe('liaocheng');
    for (const bad of ['shanghai', '', 'constructor', '__proto__', 'LIAOCHENG', null, undefined]) expect(linkRegion(bad)).toBeUndefined();
  });
});
