import { expect, test } from '@playwright/test';

test('search the atlas, open a point and see it highlighted on its diagram', async ({ page }) => {
  await page.goto('/atlas');
  await page.getByRole('searchbox', { name: 'Search points' }).fill('shenshu');
  const results = page.getByRole('region', { name: 'Points', exact: true }).getByRole('link');
  await expect(results).toHaveCount(1);
  await results.first().click();

  await expect(page).toHaveURL(/\/points\/BL23$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BL23');
  await expect(page).toHaveTitle(/BL23/);
  // The close-up names the point, and both sides are drawn highlighted.
  await expect(page.getByRole('img', { name: /close-up: BL23/ })).toBeVisible();
  await expect(page.locator('.point-diagram__zoom .marker--highlight')).toHaveCount(2);
  await expect(page.getByText('Low back and sacral point', { exact: false }).first()).toBeVisible();
});

test('the search is kept in the address, so back returns to the same results', async ({ page }) => {
  await page.goto('/atlas?q=weizhong');
  await expect(page.getByRole('searchbox', { name: 'Search points' })).toHaveValue('weizhong');
  await page.getByRole('region', { name: 'Points', exact: true }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/points\/BL40$/);
  await page.goBack();
  await expect(page).toHaveURL(/q=weizhong/);
  await expect(page.getByRole('searchbox', { name: 'Search points' })).toHaveValue('weizhong');
});

test('works by keyboard alone: search, then open a result with Enter', async ({ page }) => {
  await page.goto('/atlas');
  const search = page.getByRole('searchbox', { name: 'Search points' });
  for (let i = 0; i < 25 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  await page.keyboard.type('zusanli');
  const link = page.getByRole('region', { name: 'Points', exact: true }).getByRole('link').first();
  await expect(link).toContainText('ST36');
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/points\/ST36$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('own measurements turn cun into centimetres on the point page', async ({ page }) => {
  await page.goto('/measurements');
  await page.getByLabel('Between the inner borders of the shoulder blades').fill('18');
  await page.getByRole('button', { name: 'Save measurements' }).click();
  await expect(page.getByText(/Saved \d+ measurement/)).toBeVisible();
  await page.goto('/points/BL23');
  // clinical-facts §2: 6 B-cun between the scapulae; BL23 is 1.5 cun out: 18 / 6 × 1.5 = 4.5 cm.
  await expect(page.getByText('≈ 4.5 cm for you')).toBeVisible();
});

test('a bad measurement is refused with a message, not saved', async ({ page }) => {
  await page.goto('/measurements');
  const field = page.getByLabel('Between the inner borders of the shoulder blades');
  await field.fill('500');
  await page.getByRole('button', { name: 'Save measurements' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.goto('/points/BL23');
  await expect(page.getByText('cm for you')).toHaveCount(0);
});

test('an unknown point shows a friendly page, not a crash', async ({ page }) => {
  const res = await page.goto('/points/XX99');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /atlas/i }).first()).toBeVisible();
});

test('the API answers for the same points', async ({ request }) => {
  const list = await request.get('/api/points?region=lumbar');
  expect(list.status()).toBe(200);
  const ok = await request.get('/api/points/bl23');
  expect(((await ok.json()) as { id: string }).id).toBe('BL23');
  const missing = await request.get('/api/points/XX99');
  expect(missing.status()).toBe(404);
});
