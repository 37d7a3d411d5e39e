import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLIENT, CSRF, OWNER, apiError, renderWithApi, sessionRoute } from '../../test/api-stub';

const SAVED = [
  { id: 'ci-2', createdAt: '2030-03-02T09:00:00.000Z', outcomeKind: 'referral' },
  { id: 'ci-1', createdAt: '2030-03-01T09:00:00.000Z', outcomeKind: 'plan' },
];

async function openAccount(routes: Parameters<typeof renderWithApi>[1] = {}) {
  const result = await renderWithApi('/account', {
    ...sessionRoute(CLIENT),
    'GET /api/people/u-client/check-ins': { body: SAVED },
    ...routes,
  });
  await screen.findByRole('heading', { level: 1, name: 'Your account' });
  return result;
}

const deleteRegion = () =>
  within(screen.getByRole('region', { name: 'Delete your account and its data' }));

describe('Account', () => {
  it('shows the person’s details and saved check-ins, each one a link', async () => {
    await openAccount();
    expect(screen.getByText('Client at Hill Street Clinic', { selector: 'dd' })).toBeTruthy();
    const saved = screen.getByRole('region', { name: 'Your saved check-ins' });
    const links = await within(saved).findAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/account/check-ins/ci-2',
      '/account/check-ins/ci-1',
    ]);
    expect(links[0]!.textContent).toContain('See a clinician');
    expect(links[1]!.textContent).toContain('Plan');
    expect(screen.getByRole('link', { name: 'Download my data (JSON)' }).getAttribute('href')).toBe(
      '/api/account/export',
    );
    // A client's account has no way into the clinic.
    expect(screen.queryByRole('link', { name: /^(Clinic|Go to the clinic)$/ })).toBeNull();
  });

  it('asks for the password before deleting the account, and sends nothing without it', async () => {
    const { calls } = await openAccount();
    fireEvent.click(deleteRegion().getByRole('button', { name: 'Delete my account and its data' }));
    const input = deleteRegion().getByLabelText('Your password, to confirm', { selector: 'input' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(deleteRegion().getByRole('alert').textContent).toContain(
      'Enter your password to confirm.',
    );
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  });

  it('shows why an owner cannot delete yet (409), as the server says it', async () => {
    const message = 'Your clinic still has 2 other accounts. Remove them first.';
    await renderWithApi('/account', {
      ...sessionRoute(OWNER),
      'GET /api/people/u-owner/check-ins': { body: [] },
      'DELETE /api/account': apiError(409, 'CONFLICT', message),
    });
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    fireEvent.change(
      deleteRegion().getByLabelText('Your password, to confirm', { selector: 'input' }),
      { target: { value: 'my password 123' } },
    );
    fireEvent.click(deleteRegion().getByRole('button', { name: 'Delete my account and its data' }));
    expect((await deleteRegion().findByRole('alert')).textContent).toBe(message);
    expect(window.location.pathname).toBe('/account');
  });

  it('deletes the account with the password, then says so and is signed out', async () => {
    let deleted = false;
    const { calls } = await openAccount({
      'GET /api/session': () => ({
        body: { setupNeeded: false, user: deleted ? null : CLIENT, csrfToken: CSRF },
      }),
      'DELETE /api/account': () => {
        deleted = true;
        return { status: 204 };
      },
    });
    fireEvent.change(
      deleteRegion().getByLabelText('Your password, to confirm', { selector: 'input' }),
      { target: { value: 'my password 123' } },
    );
    fireEvent.click(deleteRegion().getByRole('button', { name: 'Delete my account and its data' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account has been deleted' }),
    ).toBeTruthy();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(del.body).toEqual({ password: 'my password 123' });
    expect(del.headers['X-CSRF-Token']).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy());
  });

  it('changes the password, checking the new one first', async () => {
    const { calls } = await openAccount({ 'POST /api/account/password': { status: 204 } });
    const region = within(screen.getByRole('region', { name: 'Change your password' }));
    const set = (label: string, value: string) =>
      fireEvent.change(region.getByLabelText(label, { selector: 'input' }), {
        target: { value },
      });
    set('Current password', 'old password 123');
    set('New password', 'sam@example.org');
    fireEvent.click(region.getByRole('button', { name: 'Change password' }));
    expect(
      region.getByText('The password must not be your email address.', { selector: 'p' }),
    ).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/account/password')).toBe(false);

    set('New password', 'a new long password');
    fireEvent.click(region.getByRole('button', { name: 'Change password' }));
    expect(await region.findByText(/^Your password has been changed./)).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/account/password')!.body).toEqual({
      currentPassword: 'old password 123',
      newPassword: 'a new long password',
    });
  });

  it('puts a wrong current password on its field', async () => {
    await openAccount({
      'POST /api/account/password': apiError(400, 'VALIDATION', 'The password is wrong.', [
        { field: 'currentPassword', message: 'is not your current password' },
      ]),
    });
    const region = within(screen.getByRole('region', { name: 'Change your password' }));
    fireEvent.change(region.getByLabelText('Current password', { selector: 'input' }), {
      target: { value: 'not it at all' },
    });
    fireEvent.change(region.getByLabelText('New password', { selector: 'input' }), {
      target: { value: 'a new long password' },
    });
    fireEvent.click(region.getByRole('button', { name: 'Change password' }));
    const current = region.getByLabelText('Current password', { selector: 'input' });
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    expect(region.getByText('That is not your current password.', { selector: 'p' })).toBeTruthy();
    // Still signed in: a wrong password is not the end of the session.
    expect(screen.getByRole('button', { name: /Sam Lee/ })).toBeTruthy();
  });

  it('puts a wrong password for deleting on its field, and deletes nothing', async () => {
    await openAccount({
      'DELETE /api/account': apiError(403, 'FORBIDDEN', 'That password is not right.'),
    });
    const input = deleteRegion().getByLabelText('Your password, to confirm', { selector: 'input' });
    fireEvent.change(input, { target: { value: 'not my password' } });
    fireEvent.click(deleteRegion().getByRole('button', { name: 'Delete my account and its data' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(deleteRegion().getByText('That password is not right.', { selector: 'p' })).toBeTruthy();
    expect(window.location.pathname).toBe('/account');
  });

  it('empties the password fields once changed; typing again hides the confirmation', async () => {
    await openAccount({ 'POST /api/account/password': { status: 204 } });
    const region = within(screen.getByRole('region', { name: 'Change your password' }));
    const input = (label: string) =>
      region.getByLabelText<HTMLInputElement>(label, { selector: 'input' });
    fireEvent.change(input('Current password'), { target: { value: 'old password 123' } });
    fireEvent.change(input('New password'), { target: { value: 'a new long password' } });
    fireEvent.click(region.getByRole('button', { name: 'Change password' }));
    const done = await region.findByText(/^Your password has been changed./);
    expect(input('Current password').value).toBe('');
    expect(input('New password').value).toBe('');
    fireEvent.change(input('Current password'), { target: { value: 'x' } });
    expect(done.textContent).toBe('');
  });

  it('asks a signed-out visitor to sign in first', async () => {
    await renderWithApi('/account', sessionRoute(null));
    expect(screen.getByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
    expect(
      screen.getAllByRole('link', { name: 'Sign in' }).map((a) => a.getAttribute('href')),
    ).toContain('/sign-in?next=%2Faccount');
  });
});
