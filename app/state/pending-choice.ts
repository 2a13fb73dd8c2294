// The answer ticked on a question but not yet sent with 继续, kept across the reload that applies an app update
// (the parent taps 新版本可用 in the middle of a question). Held in memory while the page lives, written to
// sessionStorage only just before that reload, and read back once by the question it belongs to.
const KEY = 'xsyb-pending-choice';
const MAX = 40;

interface Pending {
  /** The page's path and query: the pending choice belongs to this question with these answers only. */
  page: string;
  value: string;
}

let current: Pending | undefined;
let restored: Pending | undefined | null = null; // null: not read yet

/** Notes what is ticked now on `page` ('' when nothing is). */
export function notePendingChoice(page: string, value: string): void {
  current = value ? { page, value: value.slice(0, MAX) } : undefined;
  restored = undefined;
}

/** Called just before the update reload: keeps the ticked choice for the page that comes back. */
export function keepPendingChoiceForReload(): void {
  try {
    if (current) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage refused: the parent ticks the choice again, nothing else is lost.
  }
}

function readOnce(): Pending | undefined {
  if (restored !== null) return restored;
  restored = undefined;
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    globalThis.sessionStorage?.removeItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    if (value && typeof value === 'object') {
      const { page, value: choice } = value as Record<string, unknown>;
      if (typeof page === 'string' && typeof choice === 'string' && choice) restored = { page, value: choice.slice(0, MAX) };
    }
  } catch {
    // Unreadable or refused: nothing to restore.
  }
  return restored;
}

/** The choice that was ticked on `page` before the update reload, if any. */
export function restoredPendingChoice(page: string): string | undefined {
  const pending = readOnce();
  return pending && pending.page === page ? pending.value : undefined;
}
