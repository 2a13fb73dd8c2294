// A promise that records how it settled on itself, the way React's `use` reads a thenable: a region or dictionary
// loaded once then renders at once, without suspending again. Pure TypeScript (nothing here knows React).
export type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export function tracked<T>(promise: Promise<T>): Tracked<T> {
  const result = promise as Tracked<T>;
  if (result.status) return result;
  result.status = 'pending';
  result.then(
    (value) => {
      result.status = 'fulfilled';
      result.value = value;
    },
    (reason: unknown) => {
      result.status = 'rejected';
      result.reason = reason;
    },
  );
  return result;
}

/** An already-settled value in the same form. */
export function fulfilled<T>(value: T): Tracked<T> {
  const result = Promise.resolve(value) as Tracked<T>;
  result.status = 'fulfilled';
  result.value = value;
  return result;
}
