import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The check-in in a real browser against the built server: a new person goes from the home page
// to a plan by clicking; a "yes" to a red flag stops at the referral; axe passes on each screen.

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function startCheckIn(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a check-in' }).click();
  await expect(h1(page)).toHaveText('Where does it hurt?');
}

async function answerWhere(page: Page) {
  await page.getByRole('checkbox', { name: 'Lower back, middle' }).click();
  await page.getByRole('slider', { name: 'How much it hurts' }).fill('6');
  await page.getByRole('combobox', { name: 'What it feels like' }).selectOption('aching');
  await page
    .getByRole('group', { name: 'Does the pain spread down a leg?' })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await page.getByRole('radio', { name: 'More than 12 weeks' }).check();
  await page.getByRole('radio', { name: 'Gradually' }).check();
  await next(page);
  await expect(h1(page)).toHaveText('Safety questions');
}

/** "About you" answered no throughout (pregnancy, bleeding, bones, skin, places not to press). */
async function answerAbout(page: Page, pregnancy: 'No' | 'Yes' = 'No') {
  await page
    .getByRole('group', { name: /pregnant/ })
    .getByRole('radio', { name: pregnancy, exact: true })
    .check();
  for (const name of [/blood thinners/, /osteoporosis/, /skin fragile/, /should not be pressed/]) {
    await page.getByRole('group', { name }).getByRole('radio', { name: 'No', exact: true }).check();
  }
}

test('a new person completes the check-in by clicking and gets a plan with its reasons', async ({
  page,
}) => {
  await startCheckIn(page);
  await answerWhere(page);

  const questions = page.locator('fieldset.ci-flag');
  await expect(questions).toHaveCount(20);
  for (const question of await questions.all()) {
    await question.getByRole('radio', { name: 'No', exact: true }).check();
  }
  await next(page);

  await expect(h1(page)).toHaveText('About you');
  await answerAbout(page);
  await next(page);
  await expect(h1(page)).toHaveText('How you are');
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expect(h1(page)).toHaveText('Tender spots');
  await next(page);
  await expect(h1(page)).toHaveText('Your session');
  await expect(page.getByRole('textbox', { name: 'How many minutes do you have?' })).toHaveValue(
    '20',
  );
  await page.getByRole('button', { name: 'Make my plan' }).click();

  await expect(page).toHaveURL(/\/check-in\/plan$/);
  await expect(h1(page)).toHaveText('Your acupressure plan');
  const steps = page.getByRole('region', { name: 'Your steps, in order' });
  const bl23 = steps
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'BL23 Shenshu' }) });
  await expect(bl23).toContainText(
    'Why: A main point of the standard-text prescription for low back pain.',
  );
  await expect(bl23.getByRole('img', { name: /Close-up: BL23 Shenshu/ })).toBeVisible();
  const leftOut = page.getByRole('region', { name: 'Left out, and why' });
  await expect(leftOut.getByText(/^Left out to fit the 20 minutes you have/).first()).toBeVisible();

  // Computed in the browser: a reload keeps the answers and the same plan.
  await page.reload();
  await expect(steps.getByRole('link', { name: 'BL23 Shenshu' })).toBeVisible();
});

test('a yes to saddle numbness stops at an emergency referral with a printable summary', async ({
  page,
}) => {
  await startCheckIn(page);
  await answerWhere(page);
  await page
    .getByRole('group', { name: /numbness or tingling around your bottom/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await next(page);

  await expect(page).toHaveURL(/\/check-in\/referral$/);
  await expect(h1(page)).toHaveText('Get medical help today');
  await expect(page.getByText(/go to an emergency department/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeVisible();
  await expect(page.getByText('Your acupressure plan')).toHaveCount(0);

  // In print, only the advice and the summary remain.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'A summary for your doctor' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The plan address shows the referral too: no plan while a red flag stands.
  await page.goto('/check-in/plan');
  await expect(h1(page)).toHaveText('Get medical help today');
});

test('axe finds no violations on the check-in steps, the referral and the plan', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startCheckIn(page);
  expect(await axeViolations(page)).toEqual([]);

  // The first step with an area marked and its errors showing.
  await page.getByRole('checkbox', { name: 'Lower back, middle' }).click();
  await next(page);
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('checkbox', { name: 'Lower back, middle' }).click();

  await answerWhere(page);
  expect(await axeViolations(page)).toEqual([]);
  await next(page); // every question unanswered: the error summary
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  for (const question of await page.locator('fieldset.ci-flag').all()) {
    await question.getByRole('radio', { name: 'No', exact: true }).check();
  }
  await next(page);
  await expect(h1(page)).toHaveText('About you');
  await page
    .getByRole('group', { name: /should not be pressed/ })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await page.getByRole('button', { name: 'Add a place' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Remove place 1' }).click();
  await answerAbout(page);
  await next(page);
  await expect(h1(page)).toHaveText('How you are');
  await page.locator('#sb-9').getByRole('radio', { name: 'Moderately' }).check();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expect(h1(page)).toHaveText('Tender spots');
  await page.getByRole('button', { name: 'Add a tender spot' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await next(page);
  await expect(h1(page)).toHaveText('Your session');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(h1(page)).toHaveText('Your acupressure plan');
  expect(await axeViolations(page)).toEqual([]);

  // The referral: back to the safety questions, one yes.
  await page.goto('/check-in?step=2');
  await expect(h1(page)).toHaveText('Safety questions');
  await page
    .getByRole('group', { name: /numbness or tingling around your bottom/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await next(page);
  await expect(h1(page)).toHaveText('Get medical help today');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('a tender spot on the back of the hand keeps its side; in pregnancy it is left out near LI4 (axe-clean)', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startCheckIn(page);

  // Both calves marked, the pain said not to spread: the check-in asks which it is.
  for (const name of ['Calf, left', 'Calf, right']) {
    await page.getByRole('checkbox', { name }).click();
  }
  for (const select of await page.getByRole('combobox', { name: 'What it feels like' }).all()) {
    await select.selectOption('aching');
  }
  await page
    .getByRole('group', { name: 'Does the pain spread down a leg?' })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await page.getByRole('radio', { name: 'More than 12 weeks' }).check();
  await page.getByRole('radio', { name: 'Gradually' }).check();
  const legs = page.getByRole('group', { name: /You marked pain in both legs/ });
  await expect(legs).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await legs.getByRole('radio', { name: /does not come from my back/ }).check();
  await next(page);

  await expect(h1(page)).toHaveText('Safety questions');
  for (const question of await page.locator('fieldset.ci-flag').all()) {
    await question.getByRole('radio', { name: 'No', exact: true }).check();
  }
  await next(page);
  await expect(h1(page)).toHaveText('About you');
  await answerAbout(page, 'Yes');
  await next(page);
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expect(h1(page)).toHaveText('Tender spots');

  await page.getByRole('combobox', { name: 'Drawing' }).selectOption('dorsal-hand');
  await expect(
    page.getByRole('img', { name: /Back of the hand with 0 tender spots/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add a tender spot' }).click();
  await expect(page.getByRole('status')).toHaveText('Choose which hand first.');
  await page.getByRole('radio', { name: 'Left hand' }).check();
  await page.getByRole('button', { name: 'Add a tender spot' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Tender spot 1 marked: hand and wrist, left hand.',
  );
  expect(await axeViolations(page)).toEqual([]);
  await next(page);
  await page.getByRole('button', { name: 'Make my plan' }).click();

  await expect(h1(page)).toHaveText('Your acupressure plan');
  const safety = page.getByRole('region', { name: 'Left out, and why' });
  await expect(safety.getByText(/within about 1 cun of LI4/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
