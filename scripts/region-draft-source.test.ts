import { describe, expect, it } from 'vitest';
import { REGION_MODULES } from '../app/policies/catalog/regions.ts';
import { fillIn } from '../app/policies/model/fill-in.ts';
import { literal, moduleSource } from './region-draft-source.ts';

/** Runs a literal as JavaScript (fillIn as the module defines it) and returns its value. */
function evaluate(source: string): unknown {
  return new Function('fillIn', `return (${source});`)(fillIn);
}

describe('a drafted module written as TypeScript', () => {
  it.each(Object.entries(REGION_MODULES))('%s: every value comes back as it was', (_id, module) => {
    expect(evaluate(literal(module))).toEqual(JSON.parse(JSON.stringify(module)));
  });

  it('quotes, backslashes and new lines in the source’s words stay as they are', () => {
    const value = { quote: "它说'暂'不缴费\\n第二行\n", 'not-an-identifier': 1 };
    expect(evaluate(literal(value))).toEqual(value);
  });

  it('a value a person must decide is written as fillIn(…), and the module imports it', () => {
    const source = moduleSource({
      exportName: 'demo',
      header: ['Drafted from 900_0123456789abcdef.txt.'],
      module: { id: 'demo', name: fillIn('地区全称，省份开头'), years: [] },
    });
    expect(source).toContain("name: fillIn('地区全称，省份开头'),");
    expect(source).toContain("import { fillIn } from '../model/fill-in.ts';");
    expect(source.startsWith('// Drafted from 900_0123456789abcdef.txt.\n')).toBe(true);
  });

  it('no fillIn import where nothing is left to decide', () => {
    expect(moduleSource({ exportName: 'x', header: [], module: { id: 'x' } })).not.toContain('fill-in');
  });
});
