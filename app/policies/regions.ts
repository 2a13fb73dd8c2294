import type { RegionId, RegionPolicy } from './types.ts';
import { jiangmenHeshan } from './regions/jiangmen-heshan.ts';
import { liaocheng } from './regions/liaocheng.ts';
import { liuzhou } from './regions/liuzhou.ts';
import { tianjin } from './regions/tianjin.ts';
import { wenzhouLucheng } from './regions/wenzhou-lucheng.ts';

/** Every region the app covers, in the order the start page lists them. */
export const REGIONS: Record<RegionId, RegionPolicy> = {
  'jiangmen-heshan': jiangmenHeshan,
  liaocheng,
  liuzhou,
  tianjin,
  'wenzhou-lucheng': wenzhouLucheng,
};
