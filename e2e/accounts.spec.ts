import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Accounts in a real browser against the built server on an empty database: the first visitor
// creates the owner account, signs out and in, and invites a client; the client opens the link
// in another browser (no owner cookie), joins, and sees only their own space. axe on each screen.
// This is the only spec that creates accounts, so the server must still be waiting for set-up.

const OWNER = {
  clinic: 'Hill Street Clinic',
  name: 'Mara Quinn',
  email: 'mara@example.org',
  password: 'a calm river at dawn',
};
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

  // Sign out from the header, then back in (a wrong password first).
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
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(h1(page)).toHaveText('Your account');

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
