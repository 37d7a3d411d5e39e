import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT, renderWithApi, sessionRoute } from '../test/api-stub';
import { startBody } from '../features/practice/session-body';
import { CARE, CHECK_IN_ID } from '../features/practice/test-care';
import { enqueue, getOutbox, pendingFor, resetOutbox } from './outbox';
import { readSessionInProgress, writeSessionInProgress } from './session-in-progress';
import { startSync } from './sync';

// Signing out deletes what this device still has to send for the person: each way out (the
// header's "Sign out", "Sign out everywhere", deleting the account) sends first, and asks in
// words when something is still unsent.

const LOG = '/api/people/me/sessions/s-1/log';
const START = '/api/people/me/sessions/s-2';
let stop: () => void = () => undefined;

beforeEach(() => {
  window.localStorage.clear();
  resetOutbox();
  stop = startSync();
});
afterEach(() => stop());

describe('signing out with entries not sent yet', () => {
  it('from the header: sends first, asks, keeps them on Cancel, deletes them once confirmed', async () => {
    const { calls } = await renderWithApi('/measurements', {
      ...sessionRoute(CLIENT),
      [`PUT ${LOG}`]: { status: 503 },
      'POST /api/auth/logout': { status: 204 },
    });
    await enqueue(CLIENT.id, LOG, { after: { nrs: 3 } });
    const menu = await screen.findByRole('button', { name: /Sam Lee/ });
    fireEvent.click(menu);
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    // The send the enqueue started must be over, or sign-out's send would join it (one at a time)
    // and the count below could not tell them apart.
    await waitFor(() => expect(getOutbox().sending).toBe(false));
    const tries = calls.filter((c) => c.path === LOG).length;
    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out' }));

    const question = await within(panel).findByText(
      '1 session entry has not reached the server yet and will be deleted from this device. Sign out anyway?',
    );
    await waitFor(() => expect(document.activeElement).toBe(question));
    // It tried to send first, and has not signed out.
    expect(calls.filter((c) => c.path === LOG).length).toBeGreaterThan(tries);
    expect(calls.some((c) => c.path === '/api/auth/logout')).toBe(false);

    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByText(/will be deleted/)).toBeNull();
    expect(pendingFor(CLIENT.id)).toHaveLength(1);

    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out' }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Sign out anyway' }));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(calls.some((c) => c.path === '/api/auth/logout')).toBe(true);
    expect(pendingFor(CLIENT.id)).toEqual([]);
  });

  it('signs out at once when everything could be sent', async () => {
    const { calls } = await renderWithApi('/measurements', {
      ...sessionRoute(CLIENT),
      [`PUT ${LOG}`]: { status: 200, body: {} },
      'POST /api/auth/logout': { status: 204 },
    });
    await enqueue(CLIENT.id, LOG, {});
    const menu = await screen.findByRole('button', { name: /Sam Lee/ });
    fireEvent.click(menu);
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(calls.filter((c) => c.path === LOG)).toHaveLength(1);
    expect(screen.queryByText(/will be deleted/)).toBeNull();
  });

  it('"Sign out everywhere" and deleting the account ask too, with the count', async () => {
    const { calls } = await renderWithApi('/account', {
      ...sessionRoute(CLIENT),
      'GET /api/people/u-client/check-ins': { body: [] },
      [`PUT ${START}`]: { status: 503 },
      'POST /api/account/sign-out-everywhere': { status: 204 },
      'DELETE /api/account': { status: 204 },
    });
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    await enqueue(CLIENT.id, START, {});
    await enqueue(CLIENT.id, LOG, {});

    const everywhere = within(screen.getByRole('region', { name: 'Sign out everywhere' }));
    fireEvent.click(everywhere.getByRole('button', { name: 'Sign out everywhere' }));
    expect(
      await everywhere.findByText(
        '2 session entries have not reached the server yet and will be deleted from this device. Sign out everywhere anyway?',
      ),
    ).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/account/sign-out-everywhere')).toBe(false);
    fireEvent.click(everywhere.getByRole('button', { name: 'Cancel' }));

    const deletion = within(
      screen.getByRole('region', { name: 'Delete your account and its data' }),
    );
    fireEvent.change(deletion.getByLabelText('Your password, to confirm'), {
      target: { value: 'secret' },
    });
    fireEvent.click(deletion.getByRole('button', { name: 'Delete my account and its data' }));
    expect(
      await deletion.findByText(/2 session entries have not reached the server yet.*anyway\?/),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    expect(pendingFor(CLIENT.id)).toHaveLength(2);

    fireEvent.click(deletion.getByRole('button', { name: 'Delete my account anyway' }));
    await waitFor(() => expect(window.location.pathname).toBe('/account/deleted'));
    expect(pendingFor(CLIENT.id)).toEqual([]);
  });

  it('counts a session not finished logging, with or without entries, and asks', async () => {
    const { calls } = await renderWithApi('/measurements', {
      ...sessionRoute(CLIENT),
      [`PUT ${LOG}`]: { status: 503 },
      'POST /api/auth/logout': { status: 204 },
    });
    // A session started here (its start sent), its after form not saved yet.
    writeSessionInProgress({
      userId: CLIENT.id,
      id: 's-3',
      plan: CARE.plan,
      start: startBody(CARE, CHECK_IN_ID, 6),
      state: null,
      after: null,
    });
    const menu = await screen.findByRole('button', { name: /Sam Lee/ });
    fireEvent.click(menu);
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;

    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out' }));
    expect(
      await within(panel).findByText(
        'A session you have not finished logging will be deleted from this device. Sign out anyway?',
      ),
    ).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));

    await enqueue(CLIENT.id, LOG, { after: { nrs: 3 } });
    await waitFor(() => expect(getOutbox().sending).toBe(false));
    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out' }));
    expect(
      await within(panel).findByText(
        '1 session entry and a session you have not finished logging will be deleted from this device. Sign out anyway?',
      ),
    ).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/auth/logout')).toBe(false);
    expect(readSessionInProgress(CLIENT.id)).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: 'Sign out anyway' }));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(pendingFor(CLIENT.id)).toEqual([]);
    expect(readSessionInProgress(CLIENT.id)).toBeUndefined();
  });
});
