import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLIENT, OWNER, apiError, renderWithApi, sessionRoute } from '../../test/api-stub';

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name, { selector: 'input' }), { target: { value } });

async function signIn(password = 'a wrong password') {
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  type('Email', 'mara@example.org');
  type('Password', password);
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign in and out', () => {
  it('shows a wrong email or password as an alert above the form, and stays signed out', async () => {
    await renderWithApi('/sign-in', {
      ...sessionRoute(null),
      'POST /api/auth/login': apiError(401, 'UNAUTHENTICATED', 'Email or password is wrong'),
    });
    await signIn();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Email or password is wrong');
    expect(window.location.pathname).toBe('/sign-in');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
  });

  it('shows the server’s message as it is when there were too many attempts', async () => {
    const message = 'Too many sign-in attempts. Try again in 15 minutes.';
    await renderWithApi('/sign-in', {
      ...sessionRoute(null),
      'POST /api/auth/login': {
        ...apiError(429, 'RATE_LIMITED', message),
        headers: { 'Retry-After': '900' },
      },
    });
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('signs in, goes back where the person came from, and signs out from the header', async () => {
    const { calls } = await renderWithApi('/sign-in?next=%2Fclinic', {
      ...sessionRoute(null),
      'POST /api/auth/login': { body: { user: OWNER, csrfToken: 'after-login' } },
      'POST /api/auth/logout': { status: 204 },
      'GET /api/users': { body: [OWNER] },
      'GET /api/invitations': { body: [] },
    });
    await signIn('the right password');
    await waitFor(() => expect(window.location.pathname).toBe('/clinic'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clinic' })).toBeTruthy();

    const menu = screen.getByRole('button', { name: /Mara Quinn/ });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('link', { name: 'Clinic' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(await screen.findByText('You have signed out.')).toBeTruthy();
    const logout = calls.find((c) => c.path === '/api/auth/logout')!;
    expect(logout.headers['X-CSRF-Token']).toBe('after-login');
  });

  it('never follows a next address off this site', async () => {
    await renderWithApi('/sign-in?next=%2F%2Fevil.example', {
      ...sessionRoute(null),
      'POST /api/auth/login': { body: { user: CLIENT, csrfToken: 't' } },
      'GET /api/people/u-client/check-ins': { body: [] },
    });
    await signIn('the right password');
    await waitFor(() => expect(window.location.pathname).toBe('/account'));
  });
});
