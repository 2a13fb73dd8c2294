/**
 * Asks the browser not to evict the offline copy once a parent has a plan. Refusal, or a browser without the
 * Storage API, changes nothing.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return undefined;
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}
