// Rules table for the reimbursement estimate: every case worked out by hand from the five source texts (not from the
// region modules), amounts in yuan. The arithmetic is in the comment on each row: D = 起付线, fund = 基本医保,
// b = 个人负担 after the basic insurance, 大病 = 大病保险 paid segment by segment on b above 1.1万, family = what is left.
// Shares are rounded down to the fen. `null` = the source gives nothing to bound that side.
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { MissingOptionError, classifyBounds, estimate, estimateOptions } from './estimate.ts';
import type { BoundsViewOrUnknown, EstimateInput, EstimateResult } from './estimate.ts';
import type { RegionId } from '../model/types.ts';
import { chineseText } from '../../i18n/estimate-trace.ts';
import { CARE_TYPES, REGION_IDS } from '../model/types.ts';

type Range = [number | null, number | null];
interface Row {
  name: string;
  region: RegionId;
  input: Omit<EstimateInput, 'costFen'> & { cost: number };
  fund: Range;
  ci: Range;
  family: Range;
  /** Ids of `missing`, in order; [] means the estimate is exact. */
  missing: string[];
}

const fen = (yuan: number | null) => (yuan === null ? null : Math.round(yuan * 100));
const run = (region: RegionId, input: Row['input']): EstimateResult => {
  const { cost, ...rest } = input;
  return estimate(REGIONS[region], { ...rest, costFen: Math.round(cost * 100) });
};

// 聊城 (001) 五、医保待遇: 住院 D 一级200 (公立100) / 二级500 / 三级900, second admission half, third on none;
// 80% (公立90%) / 70% / 60%; fund cap 12万. 大病: b above 1.1万, 60% to 10万, 65% to 20万, 70% to 30万, 75% above, cap 40万.
const LIAOCHENG: Row[] = [
  // D 200; (10000 − 200) × 80% = 7840; b = 2160 < 11000 so 大病 0; family 2160.
  {
    name: '一级 first admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 1 },
    fund: [7840, 7840],
    ci: [0, 0],
    family: [2160, 2160],
    missing: [],
  },
  // D 100 (一级公立); (10000 − 100) × 90% = 8910; family 1090.
  {
    name: '一级公立 first admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 1, public: true },
    fund: [8910, 8910],
    ci: [0, 0],
    family: [1090, 1090],
    missing: [],
  },
  // D 500; (10000 − 500) × 70% = 6650; family 3350.
  {
    name: '二级 first admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 2 },
    fund: [6650, 6650],
    ci: [0, 0],
    family: [3350, 3350],
    missing: [],
  },
  // 公立 only matters at 一级: same as the row above.
  {
    name: '二级 with --public ignored',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 2, public: true },
    fund: [6650, 6650],
    ci: [0, 0],
    family: [3350, 3350],
    missing: [],
  },
  // D 900; (10000 − 900) × 60% = 5460; family 4540.
  {
    name: '三级 first admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 3 },
    fund: [5460, 5460],
    ci: [0, 0],
    family: [4540, 4540],
    missing: [],
  },
  // Second admission: D 200 / 2 = 100; 9900 × 80% = 7920; family 2080.
  {
    name: '一级 second admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 1, admission: 2 },
    fund: [7920, 7920],
    ci: [0, 0],
    family: [2080, 2080],
    missing: [],
  },
  // D 100 / 2 = 50; 9950 × 90% = 8955; family 1045.
  {
    name: '一级公立 second admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 1, public: true, admission: 2 },
    fund: [8955, 8955],
    ci: [0, 0],
    family: [1045, 1045],
    missing: [],
  },
  // D 500 / 2 = 250; 9750 × 70% = 6825; family 3175.
  {
    name: '二级 second admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 2, admission: 2 },
    fund: [6825, 6825],
    ci: [0, 0],
    family: [3175, 3175],
    missing: [],
  },
  // D 900 / 2 = 450; 9550 × 60% = 5730; family 4270.
  {
    name: '三级 second admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 3, admission: 2 },
    fund: [5730, 5730],
    ci: [0, 0],
    family: [4270, 4270],
    missing: [],
  },
  // Third admission: no D; 10000 × 60% = 6000; family 4000.
  {
    name: '三级 third admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 3, admission: 3 },
    fund: [6000, 6000],
    ci: [0, 0],
    family: [4000, 4000],
    missing: [],
  },
  // Fifth admission: still none; 10000 × 70% = 7000.
  {
    name: '二级 fifth admission',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 10000, level: 2, admission: 5 },
    fund: [7000, 7000],
    ci: [0, 0],
    family: [3000, 3000],
    missing: [],
  },
  // Bill below D 900: the fund pays nothing.
  {
    name: '三级 bill below the deductible',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 800, level: 3 },
    fund: [0, 0],
    ci: [0, 0],
    family: [800, 800],
    missing: [],
  },
  // D 900; 149100 × 60% = 89460; b = 60540; 大病 (60540 − 11000) × 60% = 29724; family 150000 − 89460 − 29724 = 30816.
  {
    name: '三级 150000 (the CLI example)',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 150000, level: 3 },
    fund: [89460, 89460],
    ci: [29724, 29724],
    family: [30816, 30816],
    missing: [],
  },
  // 大病 threshold exactly: 25250 × 60% = 15150; b = 26150 − 15150 = 11000 → 大病 0.
  {
    name: '大病 threshold: b exactly 1.1万',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 26150, level: 3 },
    fund: [15150, 15150],
    ci: [0, 0],
    family: [11000, 11000],
    missing: [],
  },
  // 25260 × 60% = 15156; b = 11004; 大病 4 × 60% = 2.40; family 11004 − 2.40 = 11001.60.
  {
    name: '大病 threshold: 4元 above',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 26160, level: 3 },
    fund: [15156, 15156],
    ci: [2.4, 2.4],
    family: [11001.6, 11001.6],
    missing: [],
  },
  // Fund cap exactly: (200900 − 900) × 60% = 120000; b = 80900; 大病 69900 × 60% = 41940; family 38960.
  {
    name: 'fund reaches 12万 exactly',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 200900, level: 3 },
    fund: [120000, 120000],
    ci: [41940, 41940],
    family: [38960, 38960],
    missing: [],
  },
  // 219100 × 60% = 131460 → cap 120000; b = 100000; 大病 89000 × 60% = 53400 (65% tier starts at b = 10万); family 46600.
  {
    name: '大病 b exactly 10万',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 220000, level: 3 },
    fund: [120000, 120000],
    ci: [53400, 53400],
    family: [46600, 46600],
    missing: [],
  },
  // 249100 × 60% → cap 120000; b = 130000; 大病 53400 + 30000 × 65% = 72900; family 57100.
  {
    name: '三级 first admission into the 65% tier',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 250000, level: 3 },
    fund: [120000, 120000],
    ci: [72900, 72900],
    family: [57100, 57100],
    missing: [],
  },
  // 二级: 299500 × 70% → cap 120000; b = 180000; 大病 53400 + 80000 × 65% = 105400; family 74600.
  {
    name: '二级 into the 65% tier',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 300000, level: 2 },
    fund: [120000, 120000],
    ci: [105400, 105400],
    family: [74600, 74600],
    missing: [],
  },
  // b = 200000; 大病 53400 + 65000 = 118400 (70% tier starts here); family 81600.
  {
    name: '大病 b exactly 20万',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 320000, level: 3 },
    fund: [120000, 120000],
    ci: [118400, 118400],
    family: [81600, 81600],
    missing: [],
  },
  // b = 300000; 大病 118400 + 70000 = 188400; family 111600.
  {
    name: '大病 b exactly 30万',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 420000, level: 3 },
    fund: [120000, 120000],
    ci: [188400, 188400],
    family: [111600, 111600],
    missing: [],
  },
  // b = 400000; 大病 188400 + 100000 × 75% = 263400; family 136600.
  {
    name: '大病 75% tier',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 520000, level: 3 },
    fund: [120000, 120000],
    ci: [263400, 263400],
    family: [136600, 136600],
    missing: [],
  },
  // b = 582133.34; 大病 188400 + 282133.34 × 75% = 188400 + 211600.005 → 211600.00 (rounded down) = 400000 exactly the cap.
  {
    name: '大病 reaches 40万 exactly',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 702133.34, level: 3 },
    fund: [120000, 120000],
    ci: [400000, 400000],
    family: [182133.34, 182133.34],
    missing: [],
  },
  // b = 680000; 大病 188400 + 380000 × 75% = 473400 → cap 400000; family 800000 − 120000 − 400000 = 280000.
  {
    name: '大病 capped at 40万',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 800000, level: 3 },
    fund: [120000, 120000],
    ci: [400000, 400000],
    family: [280000, 280000],
    missing: [],
  },
  // 普通门诊: no D, 50%, cap 200. 300 × 50% = 150.
  {
    name: '普通门诊 under the cap',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 300 },
    fund: [150, 150],
    ci: [0, 0],
    family: [150, 150],
    missing: [],
  },
  // 400 × 50% = 200 = the cap exactly.
  {
    name: '普通门诊 at the cap',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 400 },
    fund: [200, 200],
    ci: [0, 0],
    family: [200, 200],
    missing: [],
  },
  // 1000 × 50% = 500 → cap 200; family 800.
  {
    name: '普通门诊 over the cap',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 1000 },
    fund: [200, 200],
    ci: [0, 0],
    family: [800, 800],
    missing: [],
  },
  // 1分 × 50% = 0.5分 → rounded down to 0.
  {
    name: '普通门诊 one fen rounds down',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 0.01 },
    fund: [0, 0],
    ci: [0, 0],
    family: [0.01, 0.01],
    missing: [],
  },
  // 门诊慢特病: no D, 65%, cap not stated → fund ≤ 1000 × 65% = 650, no floor; b in [350, 1000] < 1.1万 → 大病 0;
  // family in [350, 1000].
  {
    name: '门诊慢特病 small bill (cap not stated)',
    region: 'liaocheng',
    input: { care: 'chronic', cost: 1000 },
    fund: [null, 650],
    ci: [0, 0],
    family: [350, 1000],
    missing: ['chronic-cap'],
  },
  // fund ≤ 50000 × 65% = 32500; b in [17500, 50000]; 大病 in [6500 × 60%, 39000 × 60%] = [3900, 23400];
  // family in [17500 − 3900, 50000 − 23400] = [13600, 26600].
  {
    name: '门诊慢特病 large bill reaches 大病',
    region: 'liaocheng',
    input: { care: 'chronic', cost: 50000 },
    fund: [null, 32500],
    ci: [3900, 23400],
    family: [13600, 26600],
    missing: ['chronic-cap'],
  },
  // 意外伤害门急诊: the part over 100, 90%, cap 1000. Exactly 100 → nothing.
  {
    name: '意外伤害 bill of exactly 100',
    region: 'liaocheng',
    input: { care: 'accident', cost: 100 },
    fund: [0, 0],
    ci: [0, 0],
    family: [100, 100],
    missing: [],
  },
  // (500 − 100) × 90% = 360; family 140.
  {
    name: '意外伤害 500',
    region: 'liaocheng',
    input: { care: 'accident', cost: 500 },
    fund: [360, 360],
    ci: [0, 0],
    family: [140, 140],
    missing: [],
  },
  // (1211.11 − 100) × 90% = 999.999 → 999.99 (rounded down, under the cap); family 211.12.
  {
    name: '意外伤害 just under the cap, rounding down',
    region: 'liaocheng',
    input: { care: 'accident', cost: 1211.11 },
    fund: [999.99, 999.99],
    ci: [0, 0],
    family: [211.12, 211.12],
    missing: [],
  },
  // (2000 − 100) × 90% = 1710 → cap 1000; family 1000.
  {
    name: '意外伤害 over the cap',
    region: 'liaocheng',
    input: { care: 'accident', cost: 2000 },
    fund: [1000, 1000],
    ci: [0, 0],
    family: [1000, 1000],
    missing: [],
  },
  // 大病保险's text names no kind of care, so for 意外伤害 and 普通门诊 its rule is only a ceiling to confirm:
  // (20000 − 100) × 90% → cap 1000; b = 19000; 大病 at most (19000 − 11000) × 60% = 4800, at least 0;
  // family in [19000 − 4800, 19000] = [14200, 19000].
  {
    name: '意外伤害 20000: 大病保险 only a reading to confirm',
    region: 'liaocheng',
    input: { care: 'accident', cost: 20000 },
    fund: [1000, 1000],
    ci: [0, 4800],
    family: [14200, 19000],
    missing: ['critical-illness-scope'],
  },
  // 普通门诊 30000: fund 200 (cap); b = 29800; 大病 at most 18800 × 60% = 11280; family in [18520, 29800].
  {
    name: '普通门诊 30000: 大病保险 only a reading to confirm',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 30000 },
    fund: [200, 200],
    ci: [0, 11280],
    family: [18520, 29800],
    missing: ['critical-illness-scope'],
  },
];

// 江门 (000) 公开信 二: 住院 cap 54万, 高达85%, no 起付线 given; 普通门诊 cap 350, 不设起付线, 高达75%;
// 门诊特定病种 不设起付线, 高达85%, no cap given; nothing on 意外伤害 or 大病保险. Only ceilings → fund max, no min.
const JIANGMEN: Row[] = [
  // fund ≤ 20000 × 85% = 17000; 大病 unknown, so the family's share has no bound.
  {
    name: '住院 20000',
    region: 'jiangmen-heshan',
    input: { care: 'inpatient', cost: 20000 },
    fund: [null, 17000],
    ci: [null, null],
    family: [null, null],
    missing: ['inpatient-deductible', 'inpatient-ratio', 'critical-illness'],
  },
  // 1000000 × 85% = 850000 → cap 540000.
  {
    name: '住院 over the 54万 cap',
    region: 'jiangmen-heshan',
    input: { care: 'inpatient', cost: 1000000 },
    fund: [null, 540000],
    ci: [null, null],
    family: [null, null],
    missing: ['inpatient-deductible', 'inpatient-ratio', 'critical-illness'],
  },
  // 200 × 75% = 150 (under 350); 起付线 stated as none, cap stated.
  {
    name: '普通门诊 200',
    region: 'jiangmen-heshan',
    input: { care: 'outpatient', cost: 200 },
    fund: [null, 150],
    ci: [null, null],
    family: [null, null],
    missing: ['outpatient-ratio', 'critical-illness'],
  },
  // 1000 × 75% = 750 → cap 350.
  {
    name: '普通门诊 over the 350 cap',
    region: 'jiangmen-heshan',
    input: { care: 'outpatient', cost: 1000 },
    fund: [null, 350],
    ci: [null, null],
    family: [null, null],
    missing: ['outpatient-ratio', 'critical-illness'],
  },
  // 10000 × 85% = 8500; no cap given.
  {
    name: '门诊特定病种 10000',
    region: 'jiangmen-heshan',
    input: { care: 'chronic', cost: 10000 },
    fund: [null, 8500],
    ci: [null, null],
    family: [null, null],
    missing: ['chronic-ratio', 'chronic-cap', 'critical-illness'],
  },
  // Nothing on 意外伤害: no figure at all.
  {
    name: '意外伤害 not stated',
    region: 'jiangmen-heshan',
    input: { care: 'accident', cost: 500 },
    fund: [null, null],
    ci: [null, null],
    family: [null, null],
    missing: ['accident', 'critical-illness'],
  },
];

// 温州鹿城 (004): 门诊最高能报销1500元, 住院报销比例可达到70%, 基本医保封顶20万元, 大病医保封顶38.55万元 (no threshold or ratio).
const WENZHOU: Row[] = [
  // fund ≤ 10000 × 70% = 7000; 大病 ≤ min(38.55万, b ≤ 10000) = 10000; family ≥ b − 大病 ≥ 0 (b ≥ 3000); no max.
  {
    name: '住院 10000',
    region: 'wenzhou-lucheng',
    input: { care: 'inpatient', cost: 10000 },
    fund: [null, 7000],
    ci: [null, 10000],
    family: [0, null],
    missing: ['inpatient-deductible', 'inpatient-ratio', 'critical-illness-threshold', 'critical-illness-ratio'],
  },
  // fund ≤ min(700000, 200000) = 200000; b ≥ 800000; 大病 ≤ 385500; family ≥ 800000 − 385500 = 414500.
  {
    name: '住院 1000000 over both caps',
    region: 'wenzhou-lucheng',
    input: { care: 'inpatient', cost: 1000000 },
    fund: [null, 200000],
    ci: [null, 385500],
    family: [414500, null],
    missing: ['inpatient-deductible', 'inpatient-ratio', 'critical-illness-threshold', 'critical-illness-ratio'],
  },
  // 门诊 ratio not given: fund ≤ min(3000, 1500) = 1500; 大病 ≤ b ≤ 3000; family ≥ 0.
  {
    name: '门诊 3000 over the 1500 cap',
    region: 'wenzhou-lucheng',
    input: { care: 'outpatient', cost: 3000 },
    fund: [null, 1500],
    ci: [null, 3000],
    family: [0, null],
    missing: ['outpatient-deductible', 'outpatient-ratio', 'critical-illness-threshold', 'critical-illness-ratio'],
  },
  // Nothing on 门诊慢特病: fund unknown; 大病 ≤ min(38.55万, 1000).
  {
    name: '门诊慢特病 not stated',
    region: 'wenzhou-lucheng',
    input: { care: 'chronic', cost: 1000 },
    fund: [null, null],
    ci: [null, 1000],
    family: [null, null],
    missing: ['chronic', 'critical-illness-threshold', 'critical-illness-ratio'],
  },
  {
    name: '意外伤害 not stated',
    region: 'wenzhou-lucheng',
    input: { care: 'accident', cost: 1000 },
    fund: [null, null],
    ci: [null, 1000],
    family: [null, null],
    missing: ['accident', 'critical-illness-threshold', 'critical-illness-ratio'],
  },
];

// 天津 (003): only 门(急)诊最高支付限额提高至5000元 for children enrolled without a break.
const TIANJIN: Row[] = [
  // Continuous: fund ≤ min(8000, 5000) = 5000; no ratio, no 起付线, no 大病.
  {
    name: '门(急)诊 continuous, over 5000',
    region: 'tianjin',
    input: { care: 'outpatient', cost: 8000, continuous: true },
    fund: [null, 5000],
    ci: [null, null],
    family: [null, null],
    missing: ['outpatient-deductible', 'outpatient-ratio', 'critical-illness'],
  },
  // Continuous, under the cap: fund ≤ the bill, 3000.
  {
    name: '门(急)诊 continuous, under 5000',
    region: 'tianjin',
    input: { care: 'outpatient', cost: 3000, continuous: true },
    fund: [null, 3000],
    ci: [null, null],
    family: [null, null],
    missing: ['outpatient-deductible', 'outpatient-ratio', 'critical-illness'],
  },
  // Not continuous: the 5000 does not apply and nothing else is given.
  {
    name: '门(急)诊 not continuous',
    region: 'tianjin',
    input: { care: 'outpatient', cost: 8000 },
    fund: [null, null],
    ci: [null, null],
    family: [null, null],
    missing: ['outpatient-deductible', 'outpatient-ratio', 'outpatient-cap', 'critical-illness'],
  },
  {
    name: '住院 not stated',
    region: 'tianjin',
    input: { care: 'inpatient', cost: 10000, level: 3 },
    fund: [null, null],
    ci: [null, null],
    family: [null, null],
    missing: ['inpatient', 'critical-illness'],
  },
  {
    name: '门诊慢特病 not stated',
    region: 'tianjin',
    input: { care: 'chronic', cost: 20000 },
    fund: [null, null],
    ci: [null, null],
    family: [null, null],
    missing: ['chronic', 'critical-illness'],
  },
  {
    name: '意外伤害 not stated',
    region: 'tianjin',
    input: { care: 'accident', cost: 1000 },
    fund: [null, null],
    ci: [null, null],
    family: [null, null],
    missing: ['accident', 'critical-illness'],
  },
];

// 柳州 (002): no benefit figure at all (待遇标准 are in a leaflet the stored text lacks).
const LIUZHOU: Row[] = CARE_TYPES.map((care) => ({
  name: `${care}: no benefit figures`,
  region: 'liuzhou' as const,
  input: { care, cost: 10000, level: 3 as const },
  fund: [null, null],
  ci: [null, null],
  family: [null, null],
  missing: ['benefits'],
}));

const ROWS = [...LIAOCHENG, ...JIANGMEN, ...WENZHOU, ...TIANJIN, ...LIUZHOU];

describe('estimate: hand-worked table', () => {
  it('covers every region and every care type, with at least 30 cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
    const without = REGION_IDS.filter((region) => !ROWS.some((r) => r.region === region));
    expect(
      without,
      'each region needs its hand-worked cases, one per care type, in ROWS here (README: How to add a region, step 6)',
    ).toEqual([]);
    for (const region of REGION_IDS) {
      expect(
        new Set(ROWS.filter((r) => r.region === region).map((r) => r.input.care)),
        `${region}: a hand-worked case for every care type (inpatient, outpatient, chronic, accident) in ROWS here`,
      ).toEqual(new Set(CARE_TYPES));
    }
  });

  it.each(ROWS.map((row) => [`${row.region} ${row.name}`, row] as const))('%s', (_name, row) => {
    const result = run(row.region, row.input);
    const range = ([min, max]: Range) => ({ min: fen(min), max: fen(max) });
    expect({ fund: result.fund, criticalIllness: result.criticalIllness, outOfPocket: result.outOfPocket }).toEqual({
      fund: range(row.fund),
      criticalIllness: range(row.ci),
      outOfPocket: range(row.family),
    });
    expect(result.missing.map((m) => m.id)).toEqual(row.missing);
    expect(result.exact).toBe(row.missing.length === 0);
    expect(result.cost).toBe(fen(row.input.cost));
    expect(result.region).toBe(row.region);
    expect(result.policyYear).toBe(REGIONS[row.region].policyYear);
  });
});

// What a parent is shown: a bound equal to the trivial one (the whole bill, or all that is left after the fund, for
// what insurance pays; ¥0 for the family) is not a figure; insurance maxima never add up to more than the bill; where
// only the fund can be bounded, the phrase says what the family pays first. Amounts in yuan; '?' = not stated.
type Shown = number | [number | '?', number | '?'] | '?';
const HONEST: { name: string; region: RegionId; input: Row['input']; fund: Shown; ci: Shown; family: Shown; summary: string }[] = [
  // Raw: fund ≤ 7000, 大病 ≤ 10000 (= the whole bill, says nothing), family ≥ 0 (says nothing).
  {
    name: '温州 住院 10000: only the fund is bounded',
    region: 'wenzhou-lucheng',
    input: { care: 'inpatient', cost: 10000 },
    fund: ['?', 7000],
    ci: '?',
    family: '?',
    summary: '基本医保最多报约7000元；家里自付多少，材料没写',
  },
  // The serious-illness sample: fund ≤ min(140000, 200000); 大病 ≤ b ≤ 200000 is the whole bill.
  {
    name: '温州 住院 200000 (sample)',
    region: 'wenzhou-lucheng',
    input: { care: 'inpatient', cost: 200000 },
    fund: ['?', 140000],
    ci: '?',
    family: '?',
    summary: '基本医保最多报约140000元；家里自付多少，材料没写',
  },
  // 200000 + 385500 > 400000: the two maxima cannot both be reached, so 大病保险's is not shown.
  {
    name: '温州 住院 400000: maxima would exceed the bill',
    region: 'wenzhou-lucheng',
    input: { care: 'inpatient', cost: 400000 },
    fund: ['?', 200000],
    ci: '?',
    family: '?',
    summary: '基本医保最多报约200000元；家里自付多少，材料没写',
  },
  // Both caps bind: 200000 + 385500 ≤ 1000000, so both are real ceilings; family ≥ 1000000 − 585500.
  {
    name: '温州 住院 1000000: both caps',
    region: 'wenzhou-lucheng',
    input: { care: 'inpatient', cost: 1000000 },
    fund: ['?', 200000],
    ci: ['?', 385500],
    family: [414500, '?'],
    summary: '基本医保最多报约200000元；大病医保最多报约385500元；家里至少自付约414500元',
  },
  // The fever sample: 门诊 ≤ 1500 is more than the 300 bill: nothing is known.
  {
    name: '温州 门诊 300 (sample): the cap is above the bill',
    region: 'wenzhou-lucheng',
    input: { care: 'outpatient', cost: 300 },
    fund: '?',
    ci: '?',
    family: '?',
    summary: '基本医保能报多少，材料没写',
  },
  // 天津: the 5000 cap is above a 3000 bill: not a figure; at 8000 it is a ceiling.
  {
    name: '天津 门(急)诊 3000 continuous',
    region: 'tianjin',
    input: { care: 'outpatient', cost: 3000, continuous: true },
    fund: '?',
    ci: '?',
    family: '?',
    summary: '基本医保能报多少，材料没写',
  },
  {
    name: '天津 门(急)诊 8000 continuous',
    region: 'tianjin',
    input: { care: 'outpatient', cost: 8000, continuous: true },
    fund: ['?', 5000],
    ci: '?',
    family: '?',
    summary: '基本医保最多报约5000元；家里自付多少，材料没写',
  },
  {
    name: '天津 门(急)诊 300 (sample, not continuous)',
    region: 'tianjin',
    input: { care: 'outpatient', cost: 300 },
    fund: '?',
    ci: '?',
    family: '?',
    summary: '基本医保能报多少，材料没写',
  },
  {
    name: '鹤山 住院 20000',
    region: 'jiangmen-heshan',
    input: { care: 'inpatient', cost: 20000 },
    fund: ['?', 17000],
    ci: '?',
    family: '?',
    summary: '基本医保最多报约17000元；家里自付多少，材料没写',
  },
  // 聊城 exact: the three shares.
  {
    name: '聊城 住院 150000 三级',
    region: 'liaocheng',
    input: { care: 'inpatient', cost: 150000, level: 3 },
    fund: 89460,
    ci: 29724,
    family: 30816,
    summary: '基本医保报89460元；居民大病保险报29724元；家里自付30816元',
  },
  // 聊城 outpatient and accident samples: 大病保险 would pay nothing on so small a burden, so they stay exact.
  {
    name: '聊城 普通门诊 300 (sample)',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 300 },
    fund: 150,
    ci: 0,
    family: 150,
    summary: '基本医保报150元；家里自付150元',
  },
  {
    name: '聊城 意外伤害 2500 (sample)',
    region: 'liaocheng',
    input: { care: 'accident', cost: 2500 },
    fund: 1000,
    ci: 0,
    family: 1500,
    summary: '基本医保报1000元；家里自付1500元',
  },
  // Larger: 大病保险 is a ceiling to confirm (its floor 0 is not shown).
  {
    name: '聊城 意外伤害 20000',
    region: 'liaocheng',
    input: { care: 'accident', cost: 20000 },
    fund: 1000,
    ci: ['?', 4800],
    family: [14200, 19000],
    summary: '基本医保报1000元；居民大病保险最多报约4800元；家里自付约14200元到19000元',
  },
  {
    name: '聊城 普通门诊 30000',
    region: 'liaocheng',
    input: { care: 'outpatient', cost: 30000 },
    fund: 200,
    ci: ['?', 11280],
    family: [18520, 29800],
    summary: '基本医保报200元；居民大病保险最多报约11280元；家里自付约18520元到29800元',
  },
  // 门诊慢特病 50000: fund ≤ 32500 and 大病 ≤ 23400 add up to more than the bill: 大病保险 keeps only its floor.
  {
    name: '聊城 门诊慢特病 50000: maxima would exceed the bill',
    region: 'liaocheng',
    input: { care: 'chronic', cost: 50000 },
    fund: ['?', 32500],
    ci: [3900, '?'],
    family: [13600, 26600],
    summary: '基本医保最多报约32500元；居民大病保险至少报约3900元；家里自付约13600元到26600元',
  },
  {
    name: '柳州 住院 (nothing stated)',
    region: 'liuzhou',
    input: { care: 'inpatient', cost: 8000, level: 2 },
    fund: '?',
    ci: '?',
    family: '?',
    summary: '基本医保能报多少，材料没写',
  },
];

const shownAs = (view: BoundsViewOrUnknown): Shown => {
  const y = (f: number) => f / 100;
  switch (view.kind) {
    case 'exact':
      return y(view.fen);
    case 'between':
      return [y(view.min), y(view.max)];
    case 'at-most':
      return ['?', y(view.max)];
    case 'at-least':
      return [y(view.min), '?'];
    case 'unknown':
      return '?';
  }
};

describe('estimate: what is shown (honest bounds)', () => {
  it.each(HONEST.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = run(row.region, row.input);
    expect({
      fund: shownAs(result.shown.fund),
      ci: shownAs(result.shown.criticalIllness),
      family: shownAs(result.shown.outOfPocket),
    }).toEqual({
      fund: row.fund,
      ci: row.ci,
      family: row.family,
    });
    expect(chineseText(result.summary)).toBe(row.summary);
  });

  it('never shows insurance maxima adding up to more than the bill, nor ¥0 for the family or the whole bill for insurance as a bound', () => {
    for (const row of [...ROWS, ...HONEST]) {
      for (const cost of [row.input.cost, row.input.cost * 3, 100, 400000]) {
        const { shown, cost: bill } = run(row.region, { ...row.input, cost });
        const max = (v: BoundsViewOrUnknown) => (v.kind === 'exact' ? v.fen : v.kind === 'between' || v.kind === 'at-most' ? v.max : 0);
        expect(max(shown.fund) + max(shown.criticalIllness), `${row.name} ${cost}`).toBeLessThanOrEqual(bill);
        if (shown.fund.kind === 'at-most' || shown.fund.kind === 'between') expect(shown.fund.max).toBeLessThan(bill);
        if (shown.outOfPocket.kind === 'at-least' || shown.outOfPocket.kind === 'between') expect(shown.outOfPocket.min).toBeGreaterThan(0);
      }
    }
  });

  it('says where 聊城 大病保险 is only a reading to confirm, and whom to ask', () => {
    const result = run('liaocheng', { care: 'accident', cost: 20000 });
    const scope = result.missing.find((m) => m.id === 'critical-illness-scope')!;
    expect(chineseText(scope.message)).toContain('是否也报普通门诊、意外伤害门急诊');
    expect(scope.askAt).toEqual(['lc-ybj']);
    expect(result.trace.map((t) => chineseText(t.message))).toContain(
      '居民大病保险：来源没有写居民大病保险是否也报普通门诊、意外伤害门急诊的费用（信中没有写它管哪些看病）。下面按它的规则算出的只是最多能报多少，请向聊城市医疗保障局确认',
    );
    // Inpatient care is applied as the letter words it: exact.
    expect(run('liaocheng', { care: 'inpatient', cost: 150000, level: 3 }).missing).toEqual([]);
  });
});

describe('classifyBounds', () => {
  it('tells one figure, a range, a ceiling, a floor and nothing apart', () => {
    expect(classifyBounds({ min: 426000, max: 426000 })).toEqual({ kind: 'exact', fen: 426000 });
    expect(classifyBounds({ min: 0, max: 0 })).toEqual({ kind: 'exact', fen: 0 });
    expect(classifyBounds({ min: 100, max: 700 })).toEqual({ kind: 'between', min: 100, max: 700 });
    expect(classifyBounds({ min: null, max: 680000 })).toEqual({ kind: 'at-most', max: 680000 });
    expect(classifyBounds({ min: 0, max: null })).toEqual({ kind: 'at-least', min: 0 });
    expect(classifyBounds({ min: null, max: null })).toEqual({ kind: 'unknown' });
  });

  it('drops a side that reaches the trivial bound, but keeps an exact figure', () => {
    const trivial = { min: 0, max: 1000 };
    expect(classifyBounds({ min: 0, max: null }, trivial)).toEqual({ kind: 'unknown' });
    expect(classifyBounds({ min: 0, max: 700 }, trivial)).toEqual({ kind: 'at-most', max: 700 });
    expect(classifyBounds({ min: 300, max: 1000 }, trivial)).toEqual({ kind: 'at-least', min: 300 });
    expect(classifyBounds({ min: null, max: 1000 }, trivial)).toEqual({ kind: 'unknown' });
    expect(classifyBounds({ min: 0, max: 0 }, trivial)).toEqual({ kind: 'exact', fen: 0 });
    expect(classifyBounds({ min: 1000, max: 1000 }, trivial)).toEqual({ kind: 'exact', fen: 1000 });
  });
});

describe('estimate: the trace', () => {
  it('shows each 聊城 step with its citation and policy year', () => {
    const result = run('liaocheng', { care: 'inpatient', cost: 150000, level: 3 });
    const steps = result.trace.map((t) => chineseText(t.message));
    expect(steps).toContain('起付线：三级医院首次住院 900元');
    expect(steps).toContain('报销比例：三级医院 60%');
    expect(steps).toContain('居民大病保险 11000元到100000元这一段：49540元 × 60% = 29724元');
    expect(steps.at(-1)).toBe('家里自付：150000元 − 89460元 − 29724元 = 30816元');
    const deductible = result.trace.find((t) => chineseText(t.message).startsWith('起付线'))!;
    // A threshold is in the sentence, never in the amount column as if it were paid.
    expect(deductible.amountFen).toBeUndefined();
    expect(deductible.cite?.quote).toContain('三级医院900元');
    expect(deductible.policyYear).toBe('2024学年');
    // The reading of 个人负担 is stated in the trace, not only in the code.
    expect(steps.some((s) => s.startsWith('个人负担：') && s.includes('超过基本医保限额的部分'))).toBe(true);
  });

  it('names the halved and the waived deductible of later admissions', () => {
    const second = run('liaocheng', { care: 'inpatient', cost: 10000, level: 3, admission: 2 }).trace.map((t) => chineseText(t.message));
    expect(second).toContain('这是第二次住院：起付线按首次的50%算，900元 × 50% = 450元');
    const third = run('liaocheng', { care: 'inpatient', cost: 10000, level: 1, public: true, admission: 3 }).trace;
    expect(third.find((t) => chineseText(t.message).startsWith('这是第3次住院'))).toMatchObject({
      cite: { quote: '第三次住院起，没有起付标准' },
    });
    expect(third.map((t) => chineseText(t.message))).toContain('起付线：一级公立定点医疗机构首次住院 100元');
  });

  it('marks 江门 figures as ceilings and says whom to ask', () => {
    const result = run('jiangmen-heshan', { care: 'inpatient', cost: 20000 });
    const steps = result.trace.map((t) => chineseText(t.message));
    expect(steps.some((s) => s.startsWith('报销比例：来源只写了最高85%'))).toBe(true);
    expect(steps).toContain('基本医保报销：最多约17000元');
    expect(chineseText(result.missing.find((m) => m.id === 'inpatient-ratio')!.message)).toBe('住院的实际报销比例（只写了最高85%）');
    for (const item of result.missing) {
      for (const office of item.askAt) expect(REGIONS['jiangmen-heshan'].offices.map((o) => o.id)).toContain(office);
    }
  });

  it('says 柳州 has no benefit figures and borrows none', () => {
    const result = run('liuzhou', { care: 'inpatient', cost: 10000, level: 3 });
    expect(result.trace.map((t) => chineseText(t.message))).toEqual([
      '柳州的来源没有写任何报销待遇，所以这里不做估算，也不借用其他地区的数字',
      '报销待遇：来源没有写参保后看病能报销多少（通知说待遇标准见《城乡居民医保参保宣传单》，所存文本没有附上）。请向辖区医保服务点询问',
    ]);
    expect(result.missing.map((m) => ({ ...m, message: chineseText(m.message) }))).toEqual([
      {
        id: 'benefits',
        message: '参保后看病能报销多少（通知说待遇标准见《城乡居民医保参保宣传单》，所存文本没有附上）',
        askAt: ['service-point'],
      },
    ]);
  });

  it('cites only quotes from the region itself, each with a policy year', () => {
    for (const row of ROWS) {
      const result = run(row.region, row.input);
      const quotes = JSON.stringify(REGIONS[row.region]);
      for (const step of result.trace) {
        expect(step.policyYear).toMatch(/^20\d\d(年度|学年|年报道时)$/);
        if (step.cite) expect(quotes).toContain(JSON.stringify(step.cite.quote));
      }
    }
  });
});

describe('estimate: options and errors', () => {
  it('lists what each rule reads', () => {
    expect(estimateOptions(REGIONS.liaocheng, 'inpatient')).toEqual([
      { option: 'level', required: true, values: [1, 2, 3] },
      { option: 'public', required: false, values: [true, false], default: false, onlyForLevel: 1 },
      { option: 'admission', required: false, default: 1 },
    ]);
    expect(estimateOptions(REGIONS.liaocheng, 'outpatient')).toEqual([]);
    expect(estimateOptions(REGIONS.tianjin, 'outpatient')).toEqual([
      { option: 'continuous', required: false, values: [true, false], default: false },
    ]);
    expect(estimateOptions(REGIONS['jiangmen-heshan'], 'inpatient')).toEqual([]);
    expect(estimateOptions(REGIONS.liuzhou, 'inpatient')).toEqual([]);
  });

  it('throws a typed error when 聊城 inpatient lacks the hospital level', () => {
    const attempt = () => estimate(REGIONS.liaocheng, { care: 'inpatient', costFen: 100000 });
    expect(attempt).toThrow(MissingOptionError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ option: 'level', accepted: [1, 2, 3], region: 'liaocheng', care: 'inpatient' });
    }
    // Rules that do not depend on the level need none.
    expect(() => estimate(REGIONS['jiangmen-heshan'], { care: 'inpatient', costFen: 100000 })).not.toThrow();
  });

  it('rejects a cost that is not a whole, non-negative number of fen, and bad options', () => {
    const region = REGIONS.liaocheng;
    for (const costFen of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e13]) {
      expect(() => estimate(region, { care: 'outpatient', costFen })).toThrow(RangeError);
    }
    expect(() => estimate(region, { care: 'inpatient', costFen: 100, level: 4 as 1 })).toThrow(RangeError);
    expect(() => estimate(region, { care: 'inpatient', costFen: 100, level: 3, admission: 0 })).toThrow(RangeError);
    expect(() => estimate(region, { care: 'dental' as 'inpatient', costFen: 100 })).toThrow(RangeError);
  });
});
