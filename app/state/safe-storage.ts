// localStorage that never throws: private modes, full disks and blocked storage leave the app working.
import type { StateStorage } from 'zustand/middleware';

let failed = false;

/** True once the device refused to store anything, so the UI can say answers live only in the link. */
export function storageFailed(): boolean {
  return failed;
}

function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    failed = true;
    return fallback;
  }
}

export const safeStorage: StateStorage = {
  getItem: (name) => attempt(() => globalThis.localStorage?.getItem(name) ?? null, null),
  setItem: (name, value) => attempt(() => globalThis.localStorage?.setItem(name, value), undefined),
  removeItem: (name) => attempt(() => globalThis.localStorage?.removeItem(name), undefined),
};
