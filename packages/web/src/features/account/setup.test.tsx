import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CSRF, OWNER, apiError, renderWithApi, sessionRoute } from '../../test/api-stub';

const field = <E extends HTMLElement = HTMLElement>(name: string) =>
  screen.getByLabelText<E>(name, { selector: 'input' });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const h1 = () => screen.getByRole('heading', { level: 1 });
/** Answers the form checks accept, so what follows is the server's answer. */
function fillInValid() {
  type('Clinic or practice name', 'Me');
  type('Your name', 'Me');
  type('Email', 'me@example.org');
  type('Password', 'a long enough password');
}

describe('First run: set up the owner account', () => {
  it('offers the set-up on the home page of a new server', async () => {
    await renderWithApi('/', sessionRoute(null, true));
    const panel = screen.getByRole('region', { name: 'Set up Acupress: create the owner account' });
    fireEvent.click(within(panel).getByRole('link', { name: 'Set up Acupress' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Acupress' })).toBeTruthy();
    expect(window.location.pathname).toBe('/setup');
  });

  it('says what is missing, on each field and in a focused summary, and sends nothing', async () => {
    const { calls } = await renderWithApi('/setup', sessionRoute(null, true));
    await screen.findByRole('heading', { level: 1, name: 'Set up Acupress' });
    type('Email', 'mara@example');
    type('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create the owner account' }));

    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link')).toHaveLength(4);
    const email = field('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const described = (el: HTMLElement) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
    expect(described(email)).toContain('Enter an email address like name@example.com.');
    expect(described(field('Password'))).toContain('must be at least 10 characters');
    expect(described(field('Clinic or practice name'))).toContain(
      'For self-care, your own name is fine.',
    );
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    // The password may not be the email address.
    type('Email', 'mara@example.org');
    type('Password', 'MARA@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Create the owner account' }));
    expect(described(field('Password'))).toContain('must not be your email address');
  });

  it('creates the account, signs in and opens the account page', async () => {
    const { calls } = await renderWithApi('/setup', {
      ...sessionRoute(null, true),
      'POST /api/setup': { status: 201, body: { user: OWNER, csrfToken: 'fresh-token' } },
      'GET /api/people/u-owner/check-ins': { body: [] },
    });
    await screen.findByRole('heading', { level: 1, name: 'Set up Acupress' });
    type('Clinic or practice name', 'Hill Street Clinic');
    type('Your name', 'Mara Quinn');
    type('Email', ' mara@example.org ');
    type('Password', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create the owner account' }));

    await waitFor(() => expect(window.location.pathname).toBe('/account'));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      clinicName: 'Hill Street Clinic',
      name: 'Mara Quinn',
      email: 'mara@example.org',
      password: 'correct horse battery',
    });
    expect(post.headers['X-CSRF-Token']).toBe(CSRF);
    expect(h1().textContent).toBe('Your account');
    expect(screen.getByRole('button', { name: /Mara Quinn/ })).toBeTruthy();
    expect(await screen.findByText(/None yet/)).toBeTruthy();
  });

  it('shows the server’s field issues on their fields', async () => {
    await renderWithApi('/setup', {
      ...sessionRoute(null, true),
      'POST /api/setup': apiError(400, 'VALIDATION', 'Invalid request', [
        { field: 'email', message: 'must be a valid email address' },
      ]),
    });
    await screen.findByRole('heading', { level: 1, name: 'Set up Acupress' });
    fillInValid();
    fireEvent.click(screen.getByRole('button', { name: 'Create the owner account' }));
    expect(await screen.findByText('Email must be a valid email address.')).toBeTruthy();
  });

  it('says plainly when another person set it up first (409), keeping what was typed', async () => {
    await renderWithApi('/setup', {
      ...sessionRoute(null, true),
      'POST /api/setup': apiError(409, 'CONFLICT', 'Already set up'),
    });
    await screen.findByRole('heading', { level: 1, name: 'Set up Acupress' });
    fillInValid();
    fireEvent.click(screen.getByRole('button', { name: 'Create the owner account' }));
    expect(
      await screen.findByText(
        'Acupress is already set up on this server. Sign in, or ask the owner for an invitation.',
      ),
    ).toBeTruthy();
    expect(field<HTMLInputElement>('Email').value).toBe('me@example.org');
    expect(window.location.pathname).toBe('/setup');
  });

  it('does not offer the set-up again once it is done', async () => {
    await renderWithApi('/setup', sessionRoute(null, false));
    expect(await screen.findByText('Acupress is already set up')).toBeTruthy();
  });
});
