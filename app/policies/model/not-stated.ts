// One test for "the source does not say this" ({ notStated: true, what, askAt }), for every module of app/policies.
import type { NotStated } from './types.ts';

export function isNotStated(value: unknown): value is NotStated {
  return typeof value === 'object' && value !== null && 'notStated' in value;
}
