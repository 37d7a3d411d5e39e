import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT, renderWithApi, sessionRoute } from '../../test/api-stub';
import { resetOutbox, writeCareSnapshot, enqueue } from '../../offline';
import { renderAt } from '../../test/render-at';
import { loadSession, resetSession } from '../../api';
import { CARE, PAUSED, PAUSED_TODAY, careBody } from './test-care';

const CARE_ROUTE = 'GET /api/people/me/care';

beforeEach(() => resetOutbox());

describe('practice page', () => {
  it('says it is loading until the care arrives', async () => {
    await renderWithApi('/practice', sessionRoute(CLIENT));
    // The care request never answers.
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    expect(await screen.findByText(/Loading your plan/)).toBeTruthy();
  });

  it('invites a signed-out visitor to sign in', async () => {
    await renderWithApi('/practice', sessionRoute(null));
    await screen.findByText(/Sign in to follow your saved plan/);
    const links = screen
      .getAllByRole('link', { name: 'Sign in' })
      .map((l) => l.getAttribute('href'));
    expect(links).toContain('/sign-in?next=%2Fpractice');
    expect(screen.queryByRole('link', { name: 'Practice' })).toBeNull();
  });

  it('links to the check-in when no plan is saved', async () => {
    await renderWithApi('/practice', {
      ...sessionRoute(CLIENT),
      [CARE_ROUTE]: { body: careBody(null) },
    });
    expect(await screen.findByText(/no plan in your record/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a check-in' }).getAttribute('href')).toBe(
      '/check-in',
    );
  });

  it('when paused, shows the reasons and advice and no start button', async () => {
    await renderWithApi('/practice', {
      ...sessionRoute(CLIENT),
      [CARE_ROUTE]: { body: careBody(PAUSED) },
    });
    expect(await screen.findByText('Sessions are paused')).toBeTruthy();
    expect(screen.getByText(/Swelling at BL23, left/)).toBeTruthy();
    expect(screen.getByText(/ask a clinician to look at the swelling/)).toBeTruthy();
    expect(screen.getByText(/A new check-in after the swelling has gone/)).toBeTruthy();
    // A routine pause is not an alert.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Start session' })).toBeNull();
  });

  it('a calf swelling is no routine pause: "See a doctor today", announced first, as an alert', async () => {
    await renderWithApi('/practice', {
      ...sessionRoute(CLIENT),
      [CARE_ROUTE]: { body: careBody(PAUSED_TODAY) },
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('See a doctor today')).toBeTruthy();
    // The advice comes before the reasons and before how the sessions start again.
    const texts = [...alert.querySelectorAll('p, li')].map((e) => e.textContent ?? '');
    expect(texts[0]).toMatch(/^See a doctor today, not at a routine appointment/);
    expect(texts.at(-1)).toMatch(/^Sessions are paused\. A new check-in/);
    expect(screen.queryByText('Sessions are paused')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Start session' })).toBeNull();
  });

  it('when ready, shows the adapted plan, its changes with sources, progress and history', async () => {
    await renderWithApi('/practice', {
      ...sessionRoute(CLIENT),
      [CARE_ROUTE]: {
        body: careBody({
          ...CARE,
          nextDayDue: {
            sessionId: 's-1',
            startedAt: '2026-11-20T08:00:00Z',
            steps: [{ stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] }],
          },
        }),
      },
    });
    const start = await screen.findByRole('link', { name: 'Start session' });
    expect(start.getAttribute('href')).toBe('/practice/session');
    expect(screen.getByText('BL23 Shenshu')).toBeTruthy();
    expect(screen.getByText(/Left and right/)).toBeTruthy();
    const changes = screen.getByRole('region', { name: 'Changes to this plan' });
    expect(within(changes).getByText(/Pressure lowered to 3/).textContent).toContain(
      'Godley & Smith 2020',
    );
    expect(screen.getByText(/too few to tell/)).toBeTruthy();
    // The pressure number says where it comes from; exercise and staying active come first.
    expect(screen.getByText(/Moderate pressure to start\./).textContent).toContain(
      'Acupress default',
    );
    expect(screen.getByText(/exercise and staying active come first/)).toBeTruthy();
    const history = screen.getByRole('table', { name: /Each session/ });
    expect(within(history).getByText('6 → 4')).toBeTruthy();
    expect(within(history).getByText('5 of 6 min (83%)')).toBeTruthy();
    // Adherence is two labelled figures: one session a week is 1 of 7, apart from its minutes.
    const weeks = screen.getByRole('table', { name: /Each week: how often/ });
    expect(within(weeks).getByText('1 of 7')).toBeTruthy();
    expect(
      within(weeks).getByRole('columnheader', { name: 'Sessions of those planned' }),
    ).toBeTruthy();
    expect(within(weeks).getByText('5 of 6 min (83%)')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Answer the next-day check' }).getAttribute('href'),
    ).toBe('/practice/next-day/s-1');
    expect(screen.getByRole('link', { name: 'Practice' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('offline, shows the snapshot kept on this device and what is waiting to be sent', async () => {
    // Signed in once while online: the snapshot and the user are kept.
    await renderWithApi('/practice', {
      ...sessionRoute(CLIENT),
      [CARE_ROUTE]: { body: careBody(CARE) },
    });
    await screen.findByRole('link', { name: 'Start session' });
    writeCareSnapshot(CLIENT.id, careBody(CARE));

    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    await enqueue(CLIENT.id, '/api/people/me/sessions/x', {});
    await enqueue(CLIENT.id, '/api/people/me/sessions/x/log', {});
    resetSession();
    await loadSession();
    renderAt('/practice');
    expect(await screen.findByText(/Offline: showing the copy on this device/)).toBeTruthy();
    expect(
      screen.getByText('2 entries saved on this device, will be sent when you’re online.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start session' })).toBeTruthy();
  });
});
