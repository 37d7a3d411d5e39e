import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT, CSRF } from '../../test/api-stub';
import { loadAuthSession, resetAuthSession, signedOut } from '../../api';
import {
  enqueue,
  pendingFor,
  rememberOfflineUser,
  resetOutbox,
  writeCareSnapshot,
} from '../../offline';
import { renderAt } from '../../test/render-at';
import { CARE, careBody } from './test-care';

// Once a session has started, it runs on what it started with: the server coming back (the care
// is asked again, so it is "loading" a while) or the session expiring never takes the real player
// or a half-filled after (or next-day) form off the screen.

let online = false;
/** How often the care was asked while online (it never answers). */
let careAsked = 0;

function stubNetwork() {
  vi.stubGlobal('fetch', (input: string) => {
    if (!online) return Promise.reject(new TypeError('offline'));
    const path = new URL(input, 'http://localhost').pathname;
    if (path === '/api/session') {
      return Promise.resolve(Response.json({ setupNeeded: false, user: CLIENT, csrfToken: CSRF }));
    }
    // The care never answers: the page's care stays "loading".
    if (path === '/api/people/me/care') {
      careAsked += 1;
      return new Promise<Response>(() => undefined);
    }
    return Promise.resolve(Response.json({}, { status: 201 }));
  });
}

const radio = (group: string | RegExp, name: string) =>
  within(screen.getByRole('group', { name: group })).getByLabelText<HTMLInputElement>(name);

beforeEach(() => {
  online = false;
  careAsked = 0;
  resetOutbox();
});

describe('a started session', () => {
  it('keeps its spot and its after form when the care reloads or the session expires', async () => {
    // Offline at start: the plan comes from the device's copy.
    rememberOfflineUser(CLIENT);
    writeCareSnapshot(CLIENT.id, careBody(CARE));
    stubNetwork();
    resetAuthSession();
    await loadAuthSession();
    renderAt('/practice/session');
    await screen.findByRole('heading', { name: 'Before you start' });
    fireEvent.click(radio(/Pain now, before you start/, '6'));
    fireEvent.click(screen.getByRole('button', { name: 'Start session' }));

    expect(await screen.findByText('Spot 1 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();

    // The server is back: the care is asked again (and stays loading).
    online = true;
    await act(() => loadAuthSession());
    // Once the page has asked (its care now "loading"), what is on screen must still be there.
    await waitFor(() => expect(careAsked).toBeGreaterThan(0));
    expect(screen.queryByText(/Loading your plan/)).toBeNull();
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Find the spot');

    // Stopped early: the after form, half filled when the session expires.
    fireEvent.click(screen.getByRole('button', { name: 'Stop…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop the session' }));
    await screen.findByRole('heading', { name: /Stopped early/ });
    fireEvent.click(radio(/Pain now, from 0/, '3'));
    act(() => signedOut('expired'));
    expect(screen.queryByText(/Sign in to follow your saved plan/)).toBeNull();
    expect(radio(/Pain now, from 0/, '3').checked).toBe(true);

    // And it is still kept, for the person who started it.
    fireEvent.click(radio('Soreness where you pressed', 'None'));
    fireEvent.click(radio('How the pressure felt', 'About right'));
    fireEvent.click(screen.getByRole('button', { name: 'Save this session' }));
    await waitFor(() =>
      expect(pendingFor(CLIENT.id).some((i) => i.url.endsWith('/log'))).toBe(true),
    );
  }, 20_000);

  it('the next-day form offers the sides of the session waiting on this device, and stays', async () => {
    rememberOfflineUser(CLIENT);
    writeCareSnapshot(CLIENT.id, careBody(CARE));
    stubNetwork();
    resetAuthSession();
    await loadAuthSession();
    // Its start never reached the server: its sides are those of that start, not today's plan.
    await enqueue(CLIENT.id, '/api/people/me/sessions/s-9', {
      steps: [
        { stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] },
        { stepId: 'GV3', label: 'GV3 Yaoyangguan', sides: ['midline'] },
      ],
    });
    renderAt('/practice/next-day/s-9');
    await screen.findByRole('heading', { name: 'How are you today?' });
    const labels = () =>
      within(screen.getByRole('group', { name: 'Swelling: where?' }))
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent);
    expect(labels()).toEqual([
      'BL23 Shenshu, left side',
      'BL23 Shenshu, right side',
      'GV3 Yaoyangguan, midline',
    ]);
    fireEvent.click(radio(/Pain today/, '2'));

    // The server is back: the care is asked again (and stays loading); the form stays as it was.
    online = true;
    await act(() => loadAuthSession());
    // Once the page has asked (its care now "loading"), what is on screen must still be there.
    await waitFor(() => expect(careAsked).toBeGreaterThan(0));
    expect(screen.queryByText(/Loading your plan/)).toBeNull();
    expect(radio(/Pain today/, '2').checked).toBe(true);
    expect(labels()).toHaveLength(3);
  });
});
