// The estimate on the plan, in WebKit: change a cost and a hospital level, type bad amounts and full-width digits.
import { REGIONS } from '../app/policies/catalog/regions.ts';
import {
  expect,
  expectNoBrokenText,
  expectPlan,
  fill,
  find,
  open,
  openDisclosure,
  QUERY,
  tapChoice,
  test,
  textOf,
  type,
  zh,
} from './fixtures.ts';

test('the estimate: change a cost and a hospital level, then type bad amounts', async ({ browser }) => {
  await open(browser, `/plan/liaocheng?${QUERY}`);
  await expectPlan(browser, 'liaocheng', REGIONS.liaocheng);
  // Each example is one line (the illness, its cost and the estimate) until tapped.
  const card = await openDisclosure(browser, zh.estimate.samples.pneumonia.title);
  const cost = await find(browser, 'field', zh.estimate.costLabel, card);
  expect(await cost.getValue(), 'the pneumonia example starts at').toBe('8000');
  // 150000 at 二级 (hand-worked in e2e/estimate.spec.ts): fund 104,650; 大病 20,610; family 24,740.
  await type(cost, '150000');
  await tapChoice(browser, zh.estimate.level['2'], card);
  await expect
    .poll(() => textOf(card), { message: 'the figures for ¥150,000 at 二级' })
    .toSatisfy((text: string) => ['¥104,650', '¥20,610', '¥24,740'].every((figure) => text.includes(figure)));
  const bad: [string, string][] = [
    ['abc', fill(zh.estimate.errors['not-a-number'], { example: 8000 })],
    ['-5', zh.estimate.errors.negative],
    ['', fill(zh.estimate.errors.empty, { example: 8000 })],
    ['1.234', fill(zh.estimate.errors['too-many-decimals'], { example: 8000 })],
  ];
  for (const [typed, message] of bad) {
    await type(cost, typed);
    await expect
      .poll(() => textOf(card), { message: `the message “${message}” for ${JSON.stringify(typed)}` })
      .toSatisfy((text: string) => text.includes(message) && text.includes(zh.estimate.fixInput) && !text.includes('¥104,650'));
    expectNoBrokenText(await textOf(card), `after typing ${JSON.stringify(typed)}`);
  }
  // Full-width digits and a thousands separator, as a Chinese keyboard types them: 二级 (12000 − 500) × 70% = 8050.
  await type(cost, '１２,０００');
  await expect.poll(() => textOf(card), { message: 'the figures for ¥12,000' }).toContain('¥8,050');
});
