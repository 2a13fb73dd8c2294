// A translation file (zh-Hant.json, en.json, estimate-trace.<language>.json) as authored is a tree of the same keys
// as its simplified Chinese source; as the build ships it (vite.config.ts), it is only the list of its strings in
// the order of the source's keys, since the phone already has the source and so every key. Like the region
// dictionaries (app/policies/localize.ts), this saves repeating each key in every language. A string the same as
// the source's (one traditional text in seven: no character differs) ships as 0 and is read from the source:
// i18next falls back to simplified Chinese for a key a language lacks.

export type StringTree = { [key: string]: string | StringTree };

/** Every key path of a tree, in its own order: ['app', 'title'] for { app: { title } }. */
export function keyPaths(tree: StringTree, prefix: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[...prefix, key]] : keyPaths(value, [...prefix, key]),
  );
}

const at = (tree: StringTree, path: string[]) =>
  path.reduce<string | StringTree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);

/** The strings of `translation` in the order of `source`'s keys: 0 where it is the source's, undefined where it has none. */
export function toShipped(translation: StringTree, source: StringTree): (string | 0 | undefined)[] {
  return keyPaths(source).map((path) => {
    const value = at(translation, path);
    if (typeof value !== 'string') return undefined;
    return value === at(source, path) ? 0 : value;
  });
}

/** A translation as shipped (a list) or as authored (tests, which read the files themselves) back to its tree. */
export function fromShipped(data: StringTree | readonly (string | 0 | null)[], source: StringTree): StringTree {
  if (!Array.isArray(data)) return data as StringTree;
  const tree: StringTree = {};
  keyPaths(source).forEach((path, i) => {
    const value = data[i];
    if (typeof value !== 'string') return; // the source's, or none: i18next falls back to the source language
    let node = tree;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as StringTree;
    node[path.at(-1)!] = value;
  });
  return tree;
}
