import { describe, expect, it } from 'vitest';
import { fillIn, fillInsLeft } from './fill-in.ts';

describe('values a person must still fill in a drafted module', () => {
  it.each<[string, string, { line: number; what: string }[]]>([
    ['none in a finished module', "export const x = { name: '山东省聊城市', areaCode: '0635' };", []],
    [
      'each one with its line and what to write',
      'export const x = {\n  name: fillIn(\'地区全称，省份开头\'),\n  areaCode: fillIn("长途区号，如 0635"),\n};',
      [
        { line: 2, what: '地区全称，省份开头' },
        { line: 3, what: '长途区号，如 0635' },
      ],
    ],
    [
      'two on one line',
      "covers: { from: fillIn('开始日期'), to: fillIn('结束日期') },",
      [
        { line: 1, what: '开始日期' },
        { line: 1, what: '结束日期' },
      ],
    ],
    ['an escaped quote inside', "kind: fillIn('office 或 \\'school\\''),", [{ line: 1, what: "office 或 'school'" }]],
    [
      'broken over lines by the formatter, named at the line it starts',
      "x: 1,\n  stagesNotCovered: fillIn(\n    '哪些学段不在范围内，或 []',\n  ),",
      [{ line: 2, what: '哪些学段不在范围内，或 []' }],
    ],
  ])('%s', (_name, source, expected) => {
    expect(fillInsLeft(source)).toEqual(expected);
  });

  it('is not a value of any field: an object naming what to write', () => {
    expect(fillIn('区号')).toEqual({ fillIn: '区号' });
  });
});
