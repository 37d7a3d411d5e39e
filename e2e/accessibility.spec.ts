import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every screen passes axe with no violations (WCAG 2.1 A and AA rules, and best practices).
const PAGES = [
  '/',
  '/atlas',
  '/atlas?q=bl&caution=pregnancy',
  '/points/BL23',
  '/points/LI4',
  '/points/EX-UE7',
  '/measurements',
  // Signed out: the practice pages invite the person to sign in (signed in: practice.spec.ts).
  '/practice',
  '/practice/session',
  '/nowhere',
];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await context.close();
  });
}

test('the strict Content-Security-Policy is sent and nothing on the page breaks it', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  const res = await page.goto('/points/BL23');
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
