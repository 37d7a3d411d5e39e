import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceSession, startSession, type SessionState } from '@acupress/core';
import { CLIENT, apiError, sessionRoute } from '../../test/api-stub';
import { renderAt } from '../../test/render-at';
import { getAuthSession, loadAuthSession, resetAuthSession, signedOut } from '../../api';
import {
  enqueue,
  pendingFor,
  readSessionInProgress,
  rememberOfflineUser,
  resetOutbox,
  startSync,
  writeSessionInProgress,
} from '../../offline';
import { stubApi } from '../../test/api-stub';
import { startBody } from './session-body';
import { CARE, CHECK_IN_ID, PAUSED, PLAN, careBody } from './test-care';
import { acceptPuts, click, openPractice, radio } from './test-practice';

// A session in progress survives the page going away (a reload, a tab the phone's system closed):
// opened again, the page offers to resume it where it was, paused, or to log it as stopped; it
// never drops it, and never offers another person's.

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);

const open = openPractice;
const phase = () => screen.getByRole('heading', { level: 2 }).textContent;
const wait = (seconds: number) =>
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });

/** The after form, answered, and saved. */
async function answerAndSave() {
  radio(/Pain now, from 0/, '3');
  radio('Soreness where you pressed', 'None');
  radio('How the pressure felt', 'About right');
  click('Save this session');
  await waitFor(() => expect(window.location.search).toBe('?saved=1'));
}

/** A record as the page keeps it: started at NOW, the machine after `events`. */
function keepRecord(userId: string, events: ((s: SessionState) => SessionState)[] = []) {
  const state = events.reduce((s, e) => e(s), startSession(CARE.plan, NOW));
  // Kept while this person used the app here (the page opens before the session is known).
  rememberOfflineUser({ id: userId, name: 'Someone' });
  writeSessionInProgress(
    {
      userId,
      id: '3f1c2b4a-0000-4000-8000-000000000001',
      plan: CARE.plan,
      start: startBody(CARE, CHECK_IN_ID, 6, new Date(NOW)),
      state,
      after: null,
    },
    state.at,
  );
  return state;
}

beforeEach(() => {
  resetOutbox();
  // The player's clock (Date and its interval) is under the test's control; promises are not.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('a session in progress', () => {
  it('is offered again after a reload and resumes at its spot, paused, its time intact', async () => {
    const calls = await open('/practice/session');
    await screen.findByRole('heading', { name: 'Before you start' });
    radio(/Pain now, before you start/, '6');
    click('Start session');
    expect(await screen.findByText('Spot 1 of 3')).toBeTruthy();
    const start = calls.find((c) => c.method === 'PUT')!;

    // Spot 1 pressed to the end (the checks left unanswered), then on to spot 2.
    click('I’ve found it');
    wait(300);
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    expect(phase()).toBe('Find the spot');
    const kept = readSessionInProgress(CLIENT.id);
    expect(kept?.state?.index).toBe(1);
    const heldMs = kept!.state!.records[0]!.heldMs;
    expect(heldMs).toBeGreaterThanOrEqual(120_000);

    // The page goes away; ten minutes later it opens again.
    vi.setSystemTime(NOW + 900_000);
    renderAt('/practice/session');
    await screen.findByRole('heading', { name: 'Your session is not finished' });
    expect(screen.queryByRole('button', { name: 'Start session' })).toBeNull();
    const resume = screen.getByRole('button', { name: /^Resume the session you started at / });
    expect(screen.getByRole('button', { name: 'Log it as stopped' })).toBeTruthy();
    fireEvent.click(resume);

    expect(await screen.findByText('Spot 2 of 3')).toBeTruthy();
    expect(phase()).toBe('Paused: find the spot');
    // Paused: time passing counts as nothing, until the person resumes.
    wait(60);
    expect(phase()).toBe('Paused: find the spot');
    click('Carry on');
    expect(phase()).toBe('Find the spot');

    click('Stop…');
    click('Stop the session');
    await screen.findByRole('heading', { name: /Stopped early/ });
    await answerAndSave();

    // One start, one log to it: spot 1's time as it was, the rest skipped.
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([start.path, `${start.path}/log`]);
    const log = puts[1]!.body as { steps: { heldSeconds: number; skipped: boolean }[] };
    expect(log.steps.map((s) => [s.heldSeconds, s.skipped])).toEqual([
      [Math.floor(heldMs / 1000), false],
      [0, true],
      [0, true],
    ]);
    // The log is in the outbox: nothing left to resume.
    expect(readSessionInProgress(CLIENT.id)).toBeUndefined();
  }, 20_000);

  it('can be logged as stopped from the practice page, with what was pressed', async () => {
    // Spot 1 held 30 s (5 s building, 30 s steady), then the page went away.
    keepRecord(CLIENT.id, [
      (s) => advanceSession(s, { type: 'located', at: NOW + 10_000 }),
      (s) => advanceSession(s, { type: 'tenderness', value: 2, at: NOW + 45_000 }),
    ]);
    const calls = await open('/practice');
    const offer = await screen.findByRole('heading', { name: 'A session is not finished' });
    expect(offer).toBeTruthy();
    click('Log it as stopped');

    await screen.findByRole('heading', { name: /Stopped early/ });
    // The answers so far are kept too: a reload keeps the form as it was.
    radio(/Pain now, from 0/, '3');
    expect(readSessionInProgress(CLIENT.id)?.after?.answers?.nrs).toBe(3);
    renderAt('/practice/session');
    await screen.findByRole('heading', { name: 'Your session is not finished' });
    click('Answer the questions after the session');
    await screen.findByRole('heading', { name: /Stopped early/ });
    expect(
      within(
        screen.getByRole('group', { name: /Pain now, from 0/ }),
      ).getByLabelText<HTMLInputElement>('3').checked,
    ).toBe(true);
    await answerAndSave();

    const log = calls.find((c) => c.method === 'PUT' && c.path.endsWith('/log'))!;
    expect(log.path).toBe('/api/people/me/sessions/3f1c2b4a-0000-4000-8000-000000000001/log');
    expect(log.body).toMatchObject({
      endedAt: new Date(NOW + 45_000).toISOString(),
      steps: [
        { stepId: 'BL23', side: 'left', heldSeconds: 30, skipped: true, tenderness: 2 },
        { stepId: 'BL23', side: 'right', heldSeconds: 0, skipped: true },
        { stepId: 'ashi-1', side: 'midline', heldSeconds: 0, skipped: true },
      ],
      after: { nrs: 3 },
    });
    expect(readSessionInProgress(CLIENT.id)).toBeUndefined();
  }, 20_000);

  it('after a day, can only be logged as stopped', async () => {
    keepRecord(CLIENT.id);
    vi.setSystemTime(NOW + 25 * 3_600_000);
    await open('/practice/session');
    await screen.findByRole('heading', { name: 'Your session is not finished' });
    expect(screen.getByText(/more than a day ago/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Resume/ })).toBeNull();
    click('Log it as stopped');
    await screen.findByRole('heading', { name: /Stopped early/ });
  });

  it('of another person is never offered', async () => {
    keepRecord('u-someone-else');
    await open('/practice/session');
    await screen.findByRole('heading', { name: 'Before you start' });
    expect(screen.queryByText(/not finished/)).toBeNull();
  });

  it('goes when the person signs out, and stays when the server ended the session', async () => {
    const stop = startSync();
    try {
      stubApi(sessionRoute(CLIENT));
      for (const [reason, left] of [
        ['expired', true],
        ['signed-out', false],
      ] as const) {
        resetAuthSession();
        await loadAuthSession();
        keepRecord(CLIENT.id);
        act(() => signedOut(reason));
        expect(readSessionInProgress(CLIENT.id) !== undefined).toBe(left);
      }
    } finally {
      stop();
    }
  });
});

describe('a session in progress is resumed only where a new one could start', () => {
  const only = async (why: RegExp) => {
    await screen.findByText(why);
    expect(screen.queryByRole('button', { name: /^Resume/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Log it as stopped' })).toBeTruthy();
  };

  it('not while the plan is loading', async () => {
    keepRecord(CLIENT.id);
    stubApi(sessionRoute(CLIENT));
    await loadAuthSession();
    // The care never answers.
    const inner = fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
      input.includes('/care') ? new Promise(() => undefined) : inner(input, init),
    );
    renderAt('/practice/session');
    await screen.findByRole('heading', { name: 'Your session is not finished' });
    await only(/Your plan is still loading, so it cannot be resumed yet/);
  });

  it('not when the plan could not be loaded, on either page', async () => {
    keepRecord(CLIENT.id);
    await open('/practice', apiError(500, 'SERVER', 'Something went wrong.'));
    await screen.findByRole('heading', { name: 'A session is not finished' });
    await only(/Your plan could not be loaded, so it cannot be checked and resumed/);
    renderAt('/practice/session');
    await screen.findByRole('heading', { name: 'Your session is not finished' });
    await only(/Your plan could not be loaded/);
  });

  it('not while sessions are paused', async () => {
    keepRecord(CLIENT.id);
    await open('/practice', { body: careBody(PAUSED) });
    await screen.findByRole('heading', { name: 'A session is not finished' });
    await only(/Sessions are paused now, so it cannot be resumed/);
  });

  it('not while a log reporting a bruise waits to be sent', async () => {
    keepRecord(CLIENT.id);
    window.localStorage.setItem(
      'acupress.outbox',
      JSON.stringify([
        {
          userId: CLIENT.id,
          url: '/api/people/me/sessions/s-1/log',
          body: { after: { bruising: ['BL23:left'], swelling: [] } },
          queuedAt: new Date(NOW).toISOString(),
        },
      ]),
    );
    resetOutbox();
    // Nothing sends it here (no sync started): it stays waiting.
    await open('/practice/session');
    await screen.findByRole('heading', { name: 'Your session is not finished' });
    await only(/Your last log reported bruising and has not been sent yet/);
    click('Log it as stopped');
    await screen.findByRole('heading', { name: /Stopped early/ });
  });

  it('not when a side still to press rests now, or its pressure is lower', async () => {
    // Nothing pressed yet: every side remains, BL23 right among them.
    const resting = {
      ...CARE,
      plan: { ...PLAN, steps: [{ ...PLAN.steps[0]!, sides: ['left' as const] }, PLAN.steps[1]!] },
    };
    const lower = {
      ...CARE,
      plan: { ...PLAN, steps: PLAN.steps.map((s) => ({ ...s, pressureTarget: 3 })) },
    };
    for (const care of [resting, lower]) {
      keepRecord(CLIENT.id);
      await open('/practice/session', { body: careBody(care) });
      await screen.findByRole('heading', { name: 'Your session is not finished' });
      await only(/Your plan has changed since you started/);
    }
    // The same plan as saved: it may be resumed.
    keepRecord(CLIENT.id);
    await open('/practice/session');
    expect(
      await screen.findByRole('button', { name: /^Resume the session you started at / }),
    ).toBeTruthy();
  });
});

describe('a session whose log is queued', () => {
  it('is never kept or offered again: not by its form while saving, nor by another tab', async () => {
    const saved = keepRecord(CLIENT.id);
    const record = readSessionInProgress(CLIENT.id)!;
    const calls = await open('/practice');
    // The log's send hangs: the page waits a little before moving on ("Saving…").
    const inner = fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
      input.endsWith('/log') ? new Promise(() => undefined) : inner(input, init),
    );
    await screen.findByRole('heading', { name: 'A session is not finished' });
    click('Log it as stopped');
    await screen.findByRole('heading', { name: /Stopped early/ });
    radio(/Pain now, from 0/, '3');
    radio('Soreness where you pressed', 'None');
    radio('How the pressure felt', 'About right');
    click('Save this session');
    await screen.findByRole('button', { name: 'Saving…' });

    // The answers cannot change while saving, and nothing writes the session back.
    const three = within(screen.getByRole('group', { name: /Pain now, from 0/ })).getByLabelText(
      '3',
    );
    expect(three.matches(':disabled')).toBe(true);
    expect(readSessionInProgress(CLIENT.id)).toBeUndefined();
    // Another tab, still on the running session, keeps it: refused.
    expect(writeSessionInProgress({ ...record, state: saved, after: null })).toBe(false);
    expect(readSessionInProgress(CLIENT.id)).toBeUndefined();

    // Opened again: not offered, a new session can start (and is kept).
    vi.stubGlobal('fetch', acceptPuts(calls));
    renderAt('/practice/session');
    await screen.findByRole('heading', { name: 'Before you start' });
    expect(screen.queryByText(/not finished/)).toBeNull();
    radio(/Pain now, before you start/, '5');
    click('Start session');
    expect(await screen.findByText('Spot 1 of 3')).toBeTruthy();
    expect(readSessionInProgress(CLIENT.id)?.id).not.toBe(record.id);
  });
});

describe('after signing out', () => {
  /** Signed in, a session started: the player on screen, the session kept. */
  async function running() {
    await open('/practice/session');
    await screen.findByRole('heading', { name: 'Before you start' });
    radio(/Pain now, before you start/, '6');
    click('Start session');
    expect(await screen.findByText('Spot 1 of 3')).toBeTruthy();
    const record = readSessionInProgress(CLIENT.id)!;
    expect(record).toBeTruthy();
    return record;
  }

  /** Nothing is written back for the person, and the page shows the signed-out view. */
  async function nothingKept(record: NonNullable<ReturnType<typeof readSessionInProgress>>) {
    expect(await screen.findByText(/Sign in to follow your saved plan/)).toBeTruthy();
    expect(screen.queryByText('Spot 1 of 3')).toBeNull();
    expect(writeSessionInProgress(record)).toBe(false);
    expect(window.localStorage.getItem(`acupress.session-in-progress.${CLIENT.id}`)).toBeNull();
    await enqueue(CLIENT.id, `${SESSION}/log`, { after: {} });
    expect(pendingFor(CLIENT.id)).toEqual([]);
  }

  const SESSION = '/api/people/me/sessions/3f1c2b4a-0000-4000-8000-000000000002';

  it('in this tab: the session is not written back, nor anything queued', async () => {
    const stop = startSync();
    try {
      const record = await running();
      act(() => signedOut('signed-out'));
      await nothingKept(record);
    } finally {
      stop();
    }
  });

  it('in another tab: this tab signs out too, and writes nothing back', async () => {
    const stop = startSync();
    try {
      const record = await running();
      // The other tab forgets what this device kept for the person.
      const user = window.localStorage.getItem('acupress.offline-user');
      expect(user).toBeTruthy();
      window.localStorage.removeItem('acupress.offline-user');
      window.localStorage.removeItem(`acupress.session-in-progress.${CLIENT.id}`);
      act(() => {
        window.dispatchEvent(
          new StorageEvent('storage', { key: 'acupress.offline-user', oldValue: user }),
        );
      });
      expect(getAuthSession()).toMatchObject({ status: 'ready', user: null });
      await nothingKept(record);
    } finally {
      stop();
    }
  });
});
