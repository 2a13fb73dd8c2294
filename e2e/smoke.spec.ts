import { expect, expectNoA11yViolations, test } from './fixtures';

test('home page loads with a heading, no axe violations and no request off the origin', async ({ page, requests }) => {
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoA11yViolations(page);
  requests.expectNoExternalRequests();
});
