import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Care } from '@acupress/core';
import { CLIENT, renderWithApi, sessionRoute, type StubRequest } from '../../test/api-stub';
import { enqueue, resetOutbox } from '../../offline';
import { formatDayTime } from './next-session';
import { CARE, careBody } from './test-care';

// The plan on screen follows what was sent: care is asked again when this person's outbox
// empties, "taken into account" is said only once that answer is here, and no session starts
// from a plan that does not yet rest a spot an unsent log reported marked.

const CARE_ROUTE = '/api/people/me/care';
const LOG = '/api/people/me/sessions/s-1/log';
const BRUISED_LOG = { after: { nrs: 3, soreness: 1, bruising: ['BL23:left'], swelling: [] } };

const RESTING: Care = {
  ...CARE,
  changes: [
    {
      kind: 'site-resting',
      site: 'BL23:left',
      until: '2026-11-27T10:30:00.000Z',
      text: 'BL23 Shenshu, left side: left out for 48 hours, because you reported a bruise there.',
      source: 'AcupressSafety',
    },
  ],
};

/** The care route answers when the test says so (`release`), once `hold` is on. */
function holdCare(calls: StubRequest[]) {
  const inner = fetch;
  const held: (() => void)[] = [];
  let hold = false;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    const answer = () => inner(input, init);
    if (!hold || new URL(input, 'http://localhost').pathname !== CARE_ROUTE) return answer();
    calls.push({ method: 'GET', path: CARE_ROUTE, headers: {}, body: undefined });
    return new Promise<Response>((resolve) => held.push(() => resolve(answer())));
  });
  return {
    holdNext: () => (hold = true),
    release: () => held.splice(0).forEach((go) => go()),
  };
}

beforeEach(() => resetOutbox());

describe('the plan after a send', () => {
  it('while a log reporting a bruise waits, offers no start; once sent, asks the care again', async () => {
    let logStatus = 503;
    let care: Care = CARE;
    const { calls } = await renderWithApi('/practice?saved=1', {
      ...sessionRoute(CLIENT),
      [`GET ${CARE_ROUTE}`]: () => ({ body: careBody(care) }),
      [`PUT ${LOG}`]: () => ({ status: logStatus, body: {} }),
    });
    await enqueue(CLIENT.id, LOG, BRUISED_LOG);
    const next = await screen.findByRole('region', { name: 'Your next session is ready' });
    expect(within(next).getByText('Your last log reported bruising')).toBeTruthy();
    expect(within(next).getByText(/Your plan will adapt once it is sent/)).toBeTruthy();
    expect(within(next).queryByRole('link', { name: 'Start session' })).toBeNull();
    expect(screen.getByText(/Kept on this device/)).toBeTruthy();

    // The server takes it now; the care is asked again, and answers when the test says.
    logStatus = 200;
    care = RESTING;
    const gate = holdCare(calls);
    gate.holdNext();
    const caresBefore = calls.filter((c) => c.path === CARE_ROUTE).length;
    fireEvent.click(within(next).getByRole('button', { name: 'Try sending now' }));
    await screen.findByText('Sent to your record. Updating the plan below…');
    expect(calls.filter((c) => c.path === CARE_ROUTE)).toHaveLength(caresBefore + 1);
    expect(screen.queryByText(/takes it into account/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Start session' })).toBeNull();

    act(() => gate.release());
    expect(
      await screen.findByText('Sent to your record. The plan below takes it into account.'),
    ).toBeTruthy();
    const changes = screen.getByRole('region', { name: 'Changes to this plan' });
    expect(within(changes).getByText(/left out for 48 hours/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start session' })).toBeTruthy();
  });

  it('the session page starts nothing while a log reporting swelling waits', async () => {
    await renderWithApi('/practice/session', {
      ...sessionRoute(CLIENT),
      [`GET ${CARE_ROUTE}`]: { body: careBody(CARE) },
      [`PUT ${LOG}`]: { status: 503 },
    });
    await enqueue(CLIENT.id, LOG, { bruising: [], swelling: ['BL23:left'] });
    expect(await screen.findByText('Your last log reported swelling')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start session' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Try sending now' })).toBeTruthy();
  });

  it('says when a resting side is back, in the person’s local time', async () => {
    await renderWithApi('/practice', {
      ...sessionRoute(CLIENT),
      [`GET ${CARE_ROUTE}`]: { body: careBody(RESTING) },
    });
    const changes = await screen.findByRole('region', { name: 'Changes to this plan' });
    expect(
      within(changes).getByText(
        `Back in the plan from: ${formatDayTime('2026-11-27T10:30:00.000Z')}`,
      ),
    ).toBeTruthy();
    expect(formatDayTime('2026-11-27T10:30:00.000Z', 'en-GB', 'UTC')).toBe('Fri 27 Nov, 10:30');
    expect(formatDayTime('2026-11-27T10:30:00.000Z', 'en-GB', 'Europe/Berlin')).toBe(
      'Fri 27 Nov, 11:30',
    );
  });
});
