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

/**
 * Whether the device keeps what the app stores: writes and removes a probe, so a refusal is known before the
 * first answer is lost (and `storageFailed()` agrees).
 */
export function storageWorks(): boolean {
  const key = 'xsyb-probe';
  safeStorage.setItem(key, '1');
  const kept = safeStorage.getItem(key) === '1';
  safeStorage.removeItem(key);
  return kept && !failed;
}
