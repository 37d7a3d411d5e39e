import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { OWNER } from './owner';

// Accounts in a real browser against the built server on an empty database: the first visitor
// creates the owner account, signs out and in, and invites a client; the client opens the link
// in another browser (no owner cookie), joins, and sees only their own space. axe on each screen.
// This is the only spec that creates accounts, so the server must still be waiting for set-up.

// Changed by the password-reset test.
const CLIENT = { name: 'Sam Lee', email: 'sam@example.org', password: 'sam keeps a record' };

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

async function openAccountMenu(page: Page, name: string) {
  const button = page.getByRole('button', { name: new RegExp(name) });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  return page.locator(`#${await button.getAttribute('aria-controls')}`);
}

test.describe.configure({ mode: 'serial' });

/** A new browser (no cookies) signed in as this person, on their account page. */
async function signedIn(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(h1(page)).toHaveText('Your account');
  return { context, page };
}

test('a new owner sets up, signs out and in, invites a client, who sees only their own space', async ({
  page,
  browser,
}) => {
  const session = (await (await page.request.get('/api/session')).json()) as {
    setupNeeded: boolean;
  };
  expect(
    session.setupNeeded,
    'accounts.spec.ts creates the owner account: the server must start on an empty database',
  ).toBe(true);

  // First run: the home page offers the set-up.
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Set up Acupress: create the owner account' })
    .getByRole('link', { name: 'Set up Acupress' })
    .click();
  await expect(h1(page)).toHaveText('Set up Acupress');
  await expectNoAxeViolations(page);

  // A too-short password is refused on its field before anything is sent.
  await page.getByLabel('Clinic or practice name').fill(OWNER.clinic);
  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill('too short');
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 10 characters');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAxeViolations(page);

  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(h1(page)).toHaveText('Your account');
  await expect(page.getByText(`Owner of ${OWNER.clinic}`).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The header's account menu by keyboard: Enter opens it, Tab walks it, Escape closes it.
  const menuButton = page.getByRole('button', { name: new RegExp(OWNER.name) });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Account', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

  // Sign out from the header, then back in (a wrong password first; Enter submits).
  const menu = await openAccountMenu(page, OWNER.name);
  await expectNoAxeViolations(page);
  await menu.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/wrong/i);
  await expectNoAxeViolations(page);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await expect(h1(page)).toHaveText('Your account');
  await expect(h1(page)).toBeFocused();

  // The clinic: invite a client and read the one-time link.
  await (await openAccountMenu(page, OWNER.name)).getByRole('link', { name: 'Clinic' }).click();
  await expect(h1(page)).toHaveText('Clinic');
  await page.getByRole('button', { name: 'Invite a client' }).click();
  const linkField = page.getByRole('textbox', { name: 'Invitation link for a client' });
  await expect(linkField).toBeFocused();
  const link = await linkField.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[\w-]+$/);
  await expect(
    page.getByRole('region', { name: 'Waiting to be accepted' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(h1(page)).toHaveText('Audit log');
  await expect(page.getByRole('table').getByText('Made an invitation')).toBeVisible();
  await expectNoAxeViolations(page);

  // The client, in a browser of their own.
  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  await client.goto(link);
  await expect(h1(client)).toHaveText(`Join ${OWNER.clinic}`);
  await expect(client.getByText('You are invited as a client.')).toBeVisible();
  await expectNoAxeViolations(client);
  await client.getByLabel('Your name').fill(CLIENT.name);
  await client.getByLabel('Email').fill(CLIENT.email);
  await client.getByLabel('Password', { exact: true }).fill(CLIENT.password);
  await client.getByRole('button', { name: 'Create my account' }).click();
  await expect(client).toHaveURL(/\/account$/);
  await expect(h1(client)).toHaveText('Your account');
  await expect(client.getByText(`Client at ${OWNER.clinic}`).first()).toBeVisible();
  await expect(client.getByText('None yet.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(client);

  // Only their own space: no Clinic link, the clinic page refuses politely, the API refuses too.
  const clientMenu = await openAccountMenu(client, CLIENT.name);
  await expect(clientMenu.getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(clientMenu.getByRole('link', { name: 'Clinic' })).toHaveCount(0);
  await client.keyboard.press('Escape');
  await client.goto('/clinic');
  await expect(
    client.getByRole('heading', { name: 'This page is not available for your account' }),
  ).toBeVisible();
  await expectNoAxeViolations(client);
  expect((await client.request.get('/api/users')).status()).toBe(403);
  expect((await client.request.get('/api/audit')).status()).toBe(403);

  // The link worked once: opening it again explains kindly.
  await client.goto(new URL(link).pathname);
  await expect(
    client.getByText('This invitation has been used or has expired. Ask for a new one.'),
  ).toBeVisible();
  await expectNoAxeViolations(client);
  await clientContext.close();

  // The owner sees the new client among the clinic's people.
  await page.goto('/clinic');
  await expect(page.getByRole('region', { name: 'People' })).toContainText(CLIENT.email);
});

test('the client saves a check-in to their record, and the owner’s audit log shows it', async ({
  browser,
}) => {
  const { context, page } = await signedIn(browser, CLIENT);
  await page.getByRole('link', { name: 'Start a check-in' }).click();
  await expect(h1(page)).toHaveText('Where does it hurt?');
  await page.getByRole('checkbox', { name: 'Lower back, middle' }).click();
  await page.getByRole('slider', { name: 'How much it hurts' }).fill('6');
  await page.getByRole('combobox', { name: 'What it feels like' }).selectOption('aching');
  await page
    .getByRole('group', { name: 'Does the pain spread down a leg?' })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await page.getByRole('radio', { name: 'More than 12 weeks' }).check();
  await page.getByRole('radio', { name: 'Gradually' }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  for (const question of await page.locator('fieldset.ci-flag').all()) {
    await question.getByRole('radio', { name: 'No', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  for (const name of [
    /pregnant/,
    /blood thinners/,
    /osteoporosis/,
    /skin fragile/,
    /should not be pressed/,
  ]) {
    await page.getByRole('group', { name }).getByRole('radio', { name: 'No', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(h1(page)).toHaveText('Your acupressure plan');

  await page.getByRole('button', { name: 'Save to my record' }).click();
  await expect(page.getByText('Saved to your record.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'See your saved check-ins in your account' }).click();
  const saved = page.getByRole('region', { name: 'Your saved check-ins' }).getByRole('link');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('Plan');
  await saved.click();
  await expect(h1(page)).toHaveText('Your acupressure plan');
  await expect(page.getByText(/^Saved check-in · /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'BL23 Shenshu' })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();

  const owner = await signedIn(browser, OWNER);
  await owner.page.goto('/clinic/audit');
  const table = owner.page.getByRole('table');
  await expect(
    table.getByRole('row').filter({ hasText: 'Saved a check-in' }).filter({ hasText: CLIENT.name }),
  ).toHaveCount(1);
  await expect(
    table.getByRole('row').filter({ hasText: 'Read a check-in' }).filter({ hasText: CLIENT.name }),
  ).not.toHaveCount(0);
  await owner.context.close();
});

test('a password-reset link from the owner lets the client choose a new password', async ({
  browser,
}) => {
  const owner = await signedIn(browser, OWNER);
  await owner.page.goto('/clinic');
  await owner.page
    .getByRole('button', { name: `Issue a password-reset link for ${CLIENT.name}` })
    .click();
  const field = owner.page.getByRole('textbox', { name: `Password-reset link for ${CLIENT.name}` });
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link).toMatch(/\/reset\/[\w-]+$/);
  await expectNoAxeViolations(owner.page);
  await owner.context.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(h1(page)).toHaveText('Choose a new password');
  await expectNoAxeViolations(page);
  CLIENT.password = 'a fresh password for sam';
  await page.getByLabel('New password').fill(CLIENT.password);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(
    page.getByText('Your password has been changed. Sign in with the new one.'),
  ).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(CLIENT.email);
  await page.getByLabel('Password', { exact: true }).fill(CLIENT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(h1(page)).toHaveText('Your account');
  await context.close();
});

test('the client downloads their data, then deletes the account with its data', async ({
  browser,
}) => {
  const { context, page } = await signedIn(browser, CLIENT);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);

  const region = page.getByRole('region', { name: 'Delete your account and its data' });
  await region.getByRole('button', { name: 'Delete my account and its data' }).click();
  await expect(region.getByRole('alert')).toContainText('Enter your password to confirm.');
  await region.getByLabel('Your password, to confirm').fill(CLIENT.password);
  await region.getByRole('button', { name: 'Delete my account and its data' }).click();
  await expect(h1(page)).toHaveText('Your account has been deleted');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await context.close();

  // The owner's clinic has no client any more.
  const owner = await signedIn(browser, OWNER);
  await owner.page.goto('/clinic');
  await expect(owner.page.getByRole('region', { name: 'People' })).not.toContainText(CLIENT.email);
  await owner.context.close();
});
