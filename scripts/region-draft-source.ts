// The TypeScript source of a drafted region module (`npm run regions:draft`): a plain object literal as a person
// would write it, `fillIn('…')` where a person must decide, imports as the hand-written modules have them.
import type { FillIn } from '../app/policies/model/fill-in.ts';

const isFillIn = (value: unknown): value is FillIn => typeof value === 'object' && value !== null && 'fillIn' in value;
const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));

/** A value as a TypeScript literal; `undefined` members are left out, as a person would. */
export function literal(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (isFillIn(value)) return `fillIn(${str(value.fillIn)})`;
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${inner}${literal(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`).join('\n')}\n${indent}}`;
  }
  throw new Error(`cannot write ${typeof value} in a region module`);
}

/** The whole module file: header comment, imports, one exported `RegionModule`. */
export function moduleSource({ exportName, header, module }: { exportName: string; header: string[]; module: unknown }): string {
  const usesFillIn = literal(module).includes('fillIn(');
  return [
    ...header.map((line) => `// ${line}`),
    "import type { RegionModule } from '../model/types.ts';",
    ...(usesFillIn ? ["import { fillIn } from '../model/fill-in.ts';"] : []),
    '',
    `export const ${exportName}: RegionModule = ${literal(module)};`,
    '',
  ].join('\n');
}
