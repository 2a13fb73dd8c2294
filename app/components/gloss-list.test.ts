// The glossed terms a plan shows: each found however the plan's language writes it, none that the plan never uses.
import { describe, expect, it } from 'vitest';
import { glossTerms } from './gloss-list.tsx';

describe('glossTerms', () => {
  it.each([
    ['到镇街公共服务中心办理缴费代扣（沙坪街道是人社所）', ['cailiao', 'daikou', 'renshesuo']],
    ['儿童按低档个人缴费标准参保缴费，享受高档缴费的报销待遇。医保经办机构', ['cailiao', 'jingban', 'dangci']],
    ['兒童按低檔個人繳費標準參保繳費；醫保經辦機構', ['cailiao', 'jingban', 'dangci']],
    ['Set up automatic payment (缴费代扣) at the 人社所', ['cailiao', 'daikou', 'renshesuo']],
    ['由学校统计汇总本校参保学生名单', ['cailiao']],
  ])('%s → %j', (text, ids) => {
    expect(glossTerms(text)).toEqual(ids);
  });
});
