import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Plan } from '@acupress/core';
import type { FinishedRun } from './session-player-contract';
import { SessionPlayer } from './session-player';
import { TWO_POINT_PLAN } from './test-session-plan';

// Shared set-up for the player's tests: a fake clock (timers and Date), a fresh localStorage.

export const START = Date.UTC(2026, 10, 25, 8, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

export function renderPlayer(plan: Plan = TWO_POINT_PLAN) {
  const onFinished = vi.fn<(run: FinishedRun) => void>();
  const onStopped = vi.fn<(run: FinishedRun) => void>();
  const view = render(<SessionPlayer plan={plan} onFinished={onFinished} onStopped={onStopped} />);
  return { ...view, onFinished, onStopped };
}

/** Lets the fake clock run, with React's updates applied. */
export function wait(seconds: number): void {
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
}

export const phase = () => screen.getByRole('heading', { level: 2 }).textContent;
export const timer = () => screen.getByRole('timer').textContent;
