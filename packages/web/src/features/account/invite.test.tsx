import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLIENT, apiError, renderWithApi, sessionRoute } from '../../test/api-stub';

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name, { selector: 'input' }), { target: { value } });

describe('Invitation and password-reset links', () => {
  it('shows the clinic and role, fills in the invited email, and signs the new client in', async () => {
    const { calls } = await renderWithApi('/invite/tok-1', {
      ...sessionRoute(null),
      'GET /api/invitations/tok-1': {
        body: { clinicName: 'Hill Street Clinic', role: 'client', email: 'sam@example.org' },
      },
      'POST /api/invitations/tok-1/accept': {
        status: 201,
        body: { user: CLIENT, csrfToken: 'new' },
      },
      'GET /api/people/u-client/check-ins': { body: [] },
    });
    await screen.findByRole('heading', { level: 1, name: 'Join Hill Street Clinic' });
    expect(screen.getByText(/You are invited as a client/)).toBeTruthy();
    const email = screen.getByLabelText<HTMLInputElement>('Email', { selector: 'input' });
    expect(email.value).toBe('sam@example.org');
    expect(email.readOnly).toBe(true);

    type('Your name', 'Sam Lee');
    type('Password', 'sam’s long password');
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(window.location.pathname).toBe('/account'));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Sam Lee',
      email: 'sam@example.org',
      password: 'sam’s long password',
    });
    expect(screen.getByRole('button', { name: /Sam Lee/ })).toBeTruthy();
  });

  it('explains a used or expired invitation kindly', async () => {
    await renderWithApi('/invite/old', {
      ...sessionRoute(null),
      'GET /api/invitations/old': apiError(410, 'GONE', 'Invitation expired'),
    });
    expect(
      await screen.findByText(/This invitation has been used or has expired. Ask for a new one./),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Join a clinic');
  });

  it('says so when the reset link was used up meanwhile, and stays on the page', async () => {
    await renderWithApi('/reset/r-1', {
      ...sessionRoute(null),
      'GET /api/password-resets/r-1': { body: { email: 'sam@example.org' } },
      'POST /api/password-resets/r-1': apiError(410, 'GONE', 'Gone'),
    });
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    type('New password', 'a brand new password');
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(
      await screen.findByText(
        'This password-reset link has been used or has expired. Ask the owner of your clinic for a new one.',
      ),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/reset/r-1');
  });

  it('sets a new password from a reset link, then asks to sign in with it', async () => {
    const { calls } = await renderWithApi('/reset/r-1', {
      ...sessionRoute(null),
      'GET /api/password-resets/r-1': { body: { email: 'sam@example.org' } },
      'POST /api/password-resets/r-1': { status: 204 },
    });
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    type('New password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    type('New password', 'a brand new password');
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(
      await screen.findByText('Your password has been changed. Sign in with the new one.'),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Email', { selector: 'input' }).value).toBe(
      'sam@example.org',
    );
  });
});
