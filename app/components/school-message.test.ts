import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { REGIONS } from '../policies/catalog/regions.ts';
import { schoolFacts } from '../policies/plan/school-facts.ts';
import { schoolLink } from '../policies/answers/school-link.ts';
import { REGION_IDS } from '../policies/model/types.ts';
import type { RegionId } from '../policies/model/types.ts';
import { schoolFactLines, schoolMessage } from './school-message.ts';

const t = i18n.t.bind(i18n);
const origin = 'http://127.0.0.1:4173';
const today = '2026-11-23';

describe('the WeChat message', () => {
  it.each(REGION_IDS)('%s: plain lines, each fact with its policy year, the year notice, the link alone on the last line', (id) => {
    const region = REGIONS[id];
    const link = schoolLink(origin, id, '实验小学 三年级2班');
    const message = schoolMessage(t, schoolFacts(region), '实验小学 三年级2班', link, today);
    const lines = message.split('\n');
    expect(lines[0]).toBe('【实验小学 三年级2班】学生医保参保提醒');
    expect(lines.at(-1)).toBe(link);
    expect(message).toContain(region.name);
    expect(message).toContain(`以上是往年材料（${region.policyYear}）的规定，今年的金额和日期可能不同`);
    // Every fact line says which year it belongs to (a past year's date as "上一次（year）", with whom to ask for
    // this year's), or that the source does not say.
    for (const line of lines.filter((l) => l.startsWith('· ')))
      expect(line).toMatch(/（\d{4}(年度|学年|年报道时)[^）]*）$|材料没有写|上一次（\d{4}(年度|学年)）：.*；今年的日期：请向.+确认$/);
    expect(message).not.toContain('已过');
    expect(message).not.toMatch(/\{\{|\}\}|undefined|NaN/);
  });

  it('聊城 says ¥360, the 2023 dates of the 2024学年 and where to register', () => {
    const message = schoolMessage(t, schoolFacts(REGIONS.liaocheng), '', schoolLink(origin, 'liaocheng', ''), today);
    expect(message).toContain('【学生医保参保提醒】');
    expect(message).toContain('· 个人缴费：¥360，在2023年9月至12月底缴纳2024学年居民医保费的在校学生（含托幼机构儿童），每人（2024学年）');
    const thisYear = '今年的日期：请向聊城市医疗保障局、国家税务总局东昌府区税务局确认';
    expect(message).toContain(`· 集中缴费期：上一次（2024学年）：2023年11月1日 至 2023年12月31日；${thisYear}`);
    expect(message).toContain(`· 集中参保登记期截止（学校统计名单）：上一次（2024学年）：2023年10月31日；${thisYear}`);
    expect(message).toContain('低保对象、特困人员、孤儿等）个人暂不缴费（2024学年）');
  });

  it.each<[string, RegionId, string]>([
    ['聊城: the office the letter names, with its number', 'liaocheng', '有疑问打电话问聊城市医疗保障局：0635-2189313'],
    [
      '柳州: no office with a phone, so the area’s 12393, labelled as the national hotline',
      'liuzhou',
      '有疑问打 0772-12393（全国医保服务热线）',
    ],
    ['天津: the same with 天津’s area code', 'tianjin', '有疑问打 022-12393（全国医保服务热线）'],
  ])('every message carries a number to call — %s', (_name, id, line) => {
    const message = schoolMessage(t, schoolFacts(REGIONS[id]), '实验小学', schoolLink(origin, id, ''), today);
    expect(message.split('\n')).toContain(line);
  });

  it.each(REGION_IDS)('%s: a number to call in every message, never an empty one', (id) => {
    const message = schoolMessage(t, schoolFacts(REGIONS[id]), '', schoolLink(origin, id, ''), today);
    expect(message.split('\n').at(-3)).toMatch(/^有疑问打(电话问.+：)?\s?(\d{3,4}-)?\d{5,8}/);
  });

  it('the link in the message is short: the region only, the school’s name in the first line', () => {
    const message = schoolMessage(t, schoolFacts(REGIONS.liaocheng), '聊城实验小学 三年级2班', schoolLink(origin, 'liaocheng', ''), today);
    expect(message.split('\n').at(-1)).toBe(`${origin}/?region=liaocheng`);
    expect(message.split('\n')[0]).toBe('【聊城实验小学 三年级2班】学生医保参保提醒');
    expect(message).not.toContain('%');
  });

  it('天津 says what the source leaves out and whom to ask, never a figure', () => {
    const lines = schoolFactLines(t, schoolFacts(REGIONS.tianjin), today);
    expect(lines[0]).toBe(
      '个人缴费：材料没有写——个人缴费金额（方案只说儿童按低档个人缴费标准缴费，没有写金额）。请咨询所在区医保局（医保经办机构）',
    );
    expect(lines).toContain('集中参保缴费期（每年9月至12月）：每年9月1日至12月31日（2024年度）');
    expect(lines.join('\n')).not.toMatch(/¥/);
  });

  it('江门鹤山 says the past window had no stated end, and whom to ask for this year’s', () => {
    expect(schoolFactLines(t, schoolFacts(REGIONS['jiangmen-heshan']), today)).toContain(
      '2024年度集中参保缴费开始：上一次（2024年度）：2023年9月1日 起，材料没有写截止日期；今年的日期：请向江门市医疗保障局公众号、“粤医保”微信小程序确认',
    );
  });

  it('a school name is text: markup, i18next nesting and placeholders in it stay as typed', () => {
    const school = '<img src=x onerror=alert(1)>$t(app.name){{region}}';
    const message = schoolMessage(t, schoolFacts(REGIONS.liuzhou), school, schoolLink(origin, 'liuzhou', school));
    expect(message.split('\n')[0]).toBe(`【${school}】学生医保参保提醒`);
    expect(message).not.toContain('学生医保参保助手');
  });
});
