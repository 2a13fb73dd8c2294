// Loads one region's data (its own chunk) once; a failed load is forgotten so the next attempt tries again.
import { REGION_LOADERS } from './region-index.ts';
import { tracked } from './tracked.ts';
import type { Tracked } from './tracked.ts';
import type { RegionId, RegionModule } from '../model/types.ts';

const loading = new Map<RegionId, Tracked<RegionModule>>();

export function loadRegion(id: RegionId): Tracked<RegionModule> {
  let promise = loading.get(id);
  if (!promise) {
    promise = tracked(REGION_LOADERS[id]());
    loading.set(id, promise);
    promise.catch(() => loading.delete(id));
  }
  return promise;
}
