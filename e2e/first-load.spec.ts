import { expect, test, type Page } from '@playwright/test';

// The first visit on a phone: public pages arrive as HTML with their content (pre-rendered at
// build), every file compressed; the app then hydrates that HTML without replacing it, and
// nothing on screen moves when the session's answer arrives.

const PHONE = { width: 412, height: 823 };

test('a point page shows its name and its steps before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/points/BL23');
  await expect(page).toHaveTitle('BL23 Shenshu · Acupress');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BL23 · Shenshu');
  await expect(page.getByRole('heading', { name: 'How to find it' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await context.close();
});

/** Console errors and uncaught exceptions of the page from now on. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const path of ['/', '/atlas', '/points/BL23']) {
  test(`${path} hydrates its HTML without an error and without replacing it`, async ({ page }) => {
    const errors = errorsOf(page);
    // The heading as the HTML parser made it, before any module script ran.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as { prerenderedHeading?: Element | null }).prerenderedHeading =
            document.querySelector('h1');
        }
      });
    });
    await page.goto(path);
    // Hydrated: the header's account control exists only once the app runs.
    await expect(
      page
        .getByRole('banner')
        .getByRole('link', { name: /Sign in|Set up/ })
        .or(page.getByRole('banner').getByRole('button', { name: /account menu/ })),
    ).toBeVisible();
    const same = await page.evaluate(
      () =>
        (window as { prerenderedHeading?: Element | null }).prerenderedHeading ===
          document.querySelector('h1') && document.querySelector('h1') !== null,
    );
    expect(same).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('the files come brotli-compressed, saying they vary by what the browser accepts', async ({
  page,
}) => {
  const seen: { url: string; encoding?: string; vary?: string }[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith('/api/')) return;
    const headers = res.headers();
    seen.push({ url: url.pathname, encoding: headers['content-encoding'], vary: headers.vary });
  });
  await page.goto('/atlas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Point atlas');
  await page.waitForLoadState('networkidle');
  const text = seen.filter((s) => s.url === '/atlas' || /\.(js|css)$/.test(s.url));
  expect(text.length).toBeGreaterThanOrEqual(4);
  for (const file of text) {
    expect(file, file.url).toMatchObject({ encoding: 'br' });
    expect(file.vary, file.url).toMatch(/accept-encoding/i);
  }
});

test('asked for gzip only, a file comes as gzip; asked for nothing, as it is', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const script = /<script[^>]+src="([^"]+)"/.exec(html)![1]!;
  const gzip = await request.get(script, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(script, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).toString()).toBe((await gzip.body()).toString());
});

test('the home page does not move when the session answers (layout shift < 0.05)', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as { shift?: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        w.shift = (w.shift ?? 0) + entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  // The account card the session chose is showing: the answer has arrived.
  await expect(
    page.getByRole('region', {
      name: /Set up Acupress: create the owner account|Keep your check-ins and sessions/,
    }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as { shift?: number }).shift)).toBeLessThan(0.05);
  await context.close();
});

test('offline, a point page opens from the service worker’s copy', async ({ page, context }) => {
  await page.goto('/points/BL23');
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(
    true,
  );
  await context.setOffline(true);
  await page.goto('/points/BL40');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BL40 · Weizhong');
  await page.goto('/check-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where does it hurt?');
  await context.setOffline(false);
});
