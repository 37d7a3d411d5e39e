import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { advanceSession, startSession, type SessionState } from '@acupress/core';
import { SessionPlayer } from './session-player';
import { START, phase, wait } from './test-player';
import { TWO_POINT_PLAN } from './test-session-plan';

// The player's side of resuming: it reports its state at each change that matters (never at a
// tick, so the page writes rarely), once more when the page is hidden, and starts from a state it
// is given.

const noop = () => undefined;

describe('the session player, resumable', () => {
  it('reports its state at each change and when hidden, not at every tick', () => {
    const onStateChange = vi.fn<(s: SessionState) => void>();
    render(
      <SessionPlayer
        plan={TWO_POINT_PLAN}
        onFinished={noop}
        onStopped={noop}
        onStateChange={onStateChange}
      />,
    );
    expect(onStateChange).toHaveBeenCalledTimes(1);
    wait(10);
    expect(onStateChange).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'I’ve found it' }));
    expect(onStateChange.mock.lastCall?.[0].phase).toBe('build');
    wait(5 + 20);
    expect(onStateChange.mock.lastCall?.[0].phase).toBe('hold');
    const calls = onStateChange.mock.calls.length;

    // Hidden (the phone locked, the tab left): the time held so far, as JSON keeps it.
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(onStateChange).toHaveBeenCalledTimes(calls + 1);
    const kept = JSON.parse(JSON.stringify(onStateChange.mock.lastCall?.[0])) as SessionState;
    expect(kept.records[0]?.heldMs).toBe(20_000);
  });

  it('starts from a state it is given: where it was, paused', () => {
    let s = startSession(TWO_POINT_PLAN, START - 60_000);
    s = advanceSession(s, { type: 'skip', at: START - 50_000 });
    s = advanceSession(s, { type: 'pause', at: START - 50_000 });
    render(
      <SessionPlayer plan={TWO_POINT_PLAN} onFinished={noop} onStopped={noop} initialState={s} />,
    );
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    expect(phase()).toBe('Paused: find the spot');
    wait(30);
    expect(phase()).toBe('Paused: find the spot');
    fireEvent.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(phase()).toBe('Find the spot');
  });
});
