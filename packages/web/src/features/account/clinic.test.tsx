import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CLIENT,
  OWNER,
  PRACTITIONER,
  apiError,
  renderWithApi,
  sessionRoute,
} from '../../test/api-stub';

const INVITATION = {
  id: 'inv-1',
  role: 'client',
  email: null,
  link: '/invite/tok-abc',
  expiresAt: '2030-01-08T10:00:00.000Z',
};

describe('Clinic', () => {
  it('makes an invitation link and shows it as a whole address with its expiry', async () => {
    let pending: unknown[] = [];
    const { calls } = await renderWithApi('/clinic', {
      ...sessionRoute(OWNER),
      'GET /api/users': { body: [OWNER, CLIENT] },
      'GET /api/invitations': () => ({ body: pending }),
      'POST /api/invitations': () => {
        pending = [INVITATION];
        return { status: 201, body: INVITATION };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Clinic' });
    expect(screen.getByRole('button', { name: 'Invite a practitioner' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Invite a client' }));

    const url = await screen.findByRole('textbox', { name: 'Invitation link for a client' });
    expect((url as HTMLInputElement).value).toBe(`${window.location.origin}/invite/tok-abc`);
    expect((url as HTMLInputElement).readOnly).toBe(true);
    expect(url.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(url.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^Works once, until .*2030/,
    );
    expect(screen.getByRole('button', { name: 'Copy the link' })).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ role: 'client' });

    // It is listed as waiting, with a way to revoke it.
    const waiting = screen.getByRole('region', { name: 'Waiting to be accepted' });
    expect(
      await within(waiting).findByRole('button', { name: 'Revoke the invitation for a client' }),
    ).toBeTruthy();
  });

  it('lets the owner issue a password-reset link for someone', async () => {
    await renderWithApi('/clinic', {
      ...sessionRoute(OWNER),
      'GET /api/users': { body: [OWNER, CLIENT] },
      'GET /api/invitations': { body: [] },
      'POST /api/users/u-client/password-reset': {
        status: 201,
        body: { link: '/reset/r-1', expiresAt: '2030-01-01T10:00:00.000Z' },
      },
    });
    const people = await screen.findByRole('region', { name: 'People' });
    // Not for the owner's own account. (The region shows before its list: wait for the list.)
    expect(
      await within(people).findAllByRole('button', { name: /Issue a password-reset link/ }),
    ).toHaveLength(1);
    fireEvent.click(
      within(people).getByRole('button', { name: 'Issue a password-reset link for Sam Lee' }),
    );
    const url = await screen.findByRole('textbox', { name: 'Password-reset link for Sam Lee' });
    expect((url as HTMLInputElement).value).toBe(`${window.location.origin}/reset/r-1`);
  });

  it('lets the owner remove an account after confirming', async () => {
    let users = [OWNER, CLIENT];
    const { calls } = await renderWithApi('/clinic', {
      ...sessionRoute(OWNER),
      'GET /api/users': () => ({ body: { users } }),
      'GET /api/invitations': { body: { invitations: [] } },
      'DELETE /api/users/u-client': () => {
        users = [OWNER];
        return { status: 204 };
      },
    });
    const people = await screen.findByRole('region', { name: 'People' });
    const remove = await within(people).findByRole('button', { name: 'Remove Sam Lee’s account' });
    fireEvent.click(remove);
    expect(remove.getAttribute('aria-expanded')).toBe('true');
    const confirm = within(people).getByRole('group', { name: 'Remove Sam Lee’s account?' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove Sam Lee’s account' }));
    expect(await screen.findByText('Sam Lee’s account has been removed.')).toBeTruthy();
    expect(await within(people).findByText(/No one else has joined yet/)).toBeTruthy();
  });

  it('offers a practitioner client invitations only', async () => {
    await renderWithApi('/clinic', {
      ...sessionRoute(PRACTITIONER),
      'GET /api/users': { body: [CLIENT] },
      'GET /api/invitations': { body: [] },
    });
    await screen.findByRole('heading', { level: 1, name: 'Clinic' });
    expect(screen.getByRole('button', { name: 'Invite a client' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Invite a practitioner' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
    expect(await screen.findByRole('region', { name: 'Clients' })).toBeTruthy();
  });

  it('a client has no Clinic link, and the clinic address says politely it is not for them', async () => {
    const { calls } = await renderWithApi('/clinic', {
      ...sessionRoute(CLIENT),
      'GET /api/users': apiError(403, 'FORBIDDEN', 'Not allowed'),
    });
    expect(
      screen.getByRole('heading', { name: 'This page is not available for your account' }),
    ).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/users')).toBe(false);

    const menu = screen.getByRole('button', { name: /Sam Lee/ });
    fireEvent.click(menu);
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('link', { name: 'Account' })).toBeTruthy();
    expect(within(panel).queryByRole('link', { name: 'Clinic' })).toBeNull();
  });

  it('treats the server refusing the clinic the same way', async () => {
    await renderWithApi('/clinic', {
      ...sessionRoute(PRACTITIONER),
      'GET /api/users': apiError(403, 'FORBIDDEN', 'Not allowed'),
      'GET /api/invitations': apiError(403, 'FORBIDDEN', 'Not allowed'),
    });
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'This page is not available for your account' }),
      ).toBeTruthy(),
    );
  });
});
