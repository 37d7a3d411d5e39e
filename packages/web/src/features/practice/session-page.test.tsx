import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionPlayerProps } from './player/session-player-contract';
import { CLIENT, renderWithApi, sessionRoute } from '../../test/api-stub';
import { resetOutbox } from '../../offline';
import { CARE, CHECK_IN_ID, PAUSED, careBody } from './test-care';
import { click, openPractice, radio } from './test-practice';

// The real player is another module's work: a stand-in finishes the run at once.
vi.mock('./session-player-slot', () => ({
  SessionPlayerSlot: ({ onFinished }: SessionPlayerProps) => (
    <button
      type="button"
      onClick={() =>
        onFinished({
          endedAt: '2026-11-25T09:00:00.000Z',
          steps: [
            { stepId: 'BL23', side: 'left', heldSeconds: 120, released: true, skipped: false },
            { stepId: 'BL23', side: 'right', heldSeconds: 0, released: null, skipped: true },
            {
              stepId: 'ashi-1',
              side: 'midline',
              heldSeconds: 100,
              released: false,
              skipped: false,
            },
          ],
        })
      }
    >
      Finish the stand-in session
    </button>
  ),
}));

const UUID = /^\/api\/people\/me\/sessions\/[0-9a-f-]{36}$/;

const open = () => openPractice('/practice/session');

beforeEach(() => resetOutbox());

describe('guided session', () => {
  it('asks pain before, sends the start, runs the player, then validates and sends the log', async () => {
    const calls = await open();
    await screen.findByRole('heading', { name: 'Before you start' });
    click('Start session');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    radio(/Pain now, before you start/, '6');
    click('Start session');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    const start = calls.find((c) => c.method === 'PUT')!;
    expect(start.path).toMatch(UUID);
    expect(start.body).toMatchObject({
      checkInId: CHECK_IN_ID,
      beforeNrs: 6,
      plannedSeconds: 360,
      pressureTarget: 3,
      steps: [
        { stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] },
        { stepId: 'ashi-1', label: 'Tender spot, low back', sides: ['midline'] },
      ],
    });

    click('Finish the stand-in session');
    await screen.findByRole('heading', { name: /How is it now/ });
    // Every side of every step is offered, in plain words: BL23 right too, though skipped (a side
    // pressed and then skipped is exactly where a bruise is likely).
    const bruising = screen.getByRole('group', { name: 'Bruising: where?' });
    expect(
      within(bruising)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual([
      'BL23 Shenshu, left side',
      'BL23 Shenshu, right side',
      'Tender spot, low back, midline',
    ]);

    click('Save this session');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(3);

    radio(/Pain now, from 0/, '3');
    radio('Soreness where you pressed', 'Mild');
    fireEvent.click(within(bruising).getByLabelText('BL23 Shenshu, right side'));
    radio('How the pressure felt', 'Too much');
    fireEvent.change(screen.getByLabelText('A note (optional)'), {
      target: { value: ' Felt warm. ' },
    });
    click('Save this session');

    await waitFor(() => expect(window.location.search).toBe('?saved=1'));
    const log = calls.filter((c) => c.method === 'PUT')[1]!;
    expect(log.path).toBe(`${start.path}/log`);
    expect(log.body).toEqual({
      endedAt: '2026-11-25T09:00:00.000Z',
      steps: [
        { stepId: 'BL23', side: 'left', heldSeconds: 120, released: true, skipped: false },
        { stepId: 'BL23', side: 'right', heldSeconds: 0, released: null, skipped: true },
        { stepId: 'ashi-1', side: 'midline', heldSeconds: 100, released: false, skipped: false },
      ],
      after: {
        nrs: 3,
        soreness: 1,
        bruising: ['BL23:right'],
        swelling: [],
        pressure: 'too-much',
        note: 'Felt warm.',
      },
    });
    expect(window.location.pathname).toBe('/practice');
    expect(await screen.findByText(/Sent to your record/)).toBeTruthy();
    // A whole session through the UI: slow on a busy machine.
  }, 20_000);

  it('offers no start while care is paused', async () => {
    await renderWithApi('/practice/session', {
      ...sessionRoute(CLIENT),
      'GET /api/people/me/care': { body: careBody(PAUSED) },
    });
    expect(await screen.findByRole('heading', { name: 'Sessions are paused' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start session' })).toBeNull();
  });
});

describe('next-day check', () => {
  it('asks pain, soreness and marks per site of that session, then sends them', async () => {
    const { calls } = await renderWithApi('/practice/next-day/s-1', {
      ...sessionRoute(CLIENT),
      'GET /api/people/me/care': { body: careBody(CARE) },
      'GET /api/people/me/sessions': {
        body: [{ id: 's-1', steps: [{ stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left'] }] }],
      },
      'PUT /api/people/me/sessions/s-1/next-day': { status: 200, body: {} },
    });
    await screen.findByRole('heading', { name: 'How are you today?' });
    // No claim the clinical facts do not make (soreness "usually fades").
    expect(screen.queryByText(/usually fades/)).toBeNull();
    const swelling = await screen.findByRole('group', { name: 'Swelling: where?' });
    await waitFor(() => expect(within(swelling).getAllByRole('checkbox')).toHaveLength(1));
    // A swollen calf may be at no site listed: the question says what to do about it today.
    expect(
      within(swelling).getByText(/calf that is swollen, red or hot .* see a doctor today/),
    ).toBeTruthy();
    radio(/Pain today/, '2');
    radio('Soreness where you pressed', 'None');
    fireEvent.click(within(swelling).getByLabelText('BL23 Shenshu, left side'));
    click('Save');
    await waitFor(() => expect(window.location.search).toBe('?saved=1'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe('/api/people/me/sessions/s-1/next-day');
    expect(put.body).toMatchObject({ nrs: 2, soreness: 0, bruising: [], swelling: ['BL23:left'] });
  });

  it('without the session list, offers the due session’s own sides, not today’s plan’s', async () => {
    await renderWithApi('/practice/next-day/s-1', {
      ...sessionRoute(CLIENT),
      'GET /api/people/me/care': {
        body: careBody({
          ...CARE,
          nextDayDue: {
            sessionId: 's-1',
            startedAt: '2026-11-20T08:00:00Z',
            steps: [{ stepId: 'BL40', label: 'BL40 Weizhong', sides: ['left'] }],
          },
        }),
      },
      'GET /api/people/me/sessions': { status: 503 },
    });
    const bruising = await screen.findByRole('group', { name: 'Bruising: where?' });
    // BL40 left is that session's, though today's plan does not have it.
    await waitFor(() =>
      expect(
        within(bruising)
          .getAllByRole('checkbox')
          .map((c) => (c as HTMLInputElement).value),
      ).toEqual(['BL40:left']),
    );
    expect(within(bruising).getByLabelText('BL40 Weizhong, left side')).toBeTruthy();
  });
});
