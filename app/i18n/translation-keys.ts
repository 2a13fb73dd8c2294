// Helpers for the translation tests: flatten a nested i18next resource and read what a template interpolates.

export type Tree = { [key: string]: string | Tree };

/** Every string of a nested resource by its dotted key path. */
export function leaves(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(leaves(value, `${prefix}${key}.`)),
    ),
  );
}

/** The {{variables}} a template uses, sorted. */
export const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
