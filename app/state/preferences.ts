// Display preferences kept on the device: large text (大字模式). Applied as a class on <html> so CSS does the work.
import { safeStorage } from './safe-storage.ts';

const LARGE_TEXT_KEY = 'xsyb-large-text';

export function largeTextOn(): boolean {
  return safeStorage.getItem(LARGE_TEXT_KEY) === '1';
}

export function applyLargeText(on: boolean): void {
  document.documentElement.classList.toggle('large-text', on);
}

export function setLargeText(on: boolean): void {
  if (on) safeStorage.setItem(LARGE_TEXT_KEY, '1');
  else safeStorage.removeItem(LARGE_TEXT_KEY);
  applyLargeText(on);
}

/** Everything this app keeps on the device: answers, preferences, dismissed hints. */
export function clearDeviceData(): void {
  try {
    for (const key of Object.keys(globalThis.localStorage ?? {})) if (key.startsWith('xsyb-')) safeStorage.removeItem(key);
  } catch {
    // Storage that cannot even be listed holds nothing of ours.
  }
  applyLargeText(false);
}
