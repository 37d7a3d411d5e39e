import type { Plan, SessionState, StepLog } from '@acupress/core';

// What the practice pages and the session player agree on: the player runs a plan (the core
// session machine decides every step; the player only renders it) and hands back what happened.

export interface FinishedRun {
  /** ISO 8601, from the player's clock. */
  endedAt: string;
  /** One entry per side of every step, in plan order, skipped ones included. */
  steps: StepLog[];
}

export interface SessionPlayerProps {
  plan: Plan;
  /** The whole plan was worked through (or skipped through) to the end. */
  onFinished(run: FinishedRun): void;
  /** The person stopped early: what was done so far still gets logged. */
  onStopped(run: FinishedRun): void;
  /**
   * Where to start instead of the plan's first side: a session resumed after a reload. Restore it
   * paused (time away is not time pressed); the player goes on from there.
   */
  initialState?: SessionState;
  /**
   * The machine's state at each change that matters (a phase, a side, a pause, an answer, a
   * tenderness), never at every tick; and once more when the page is hidden, so what was pressed
   * until then is kept. SessionState is plain JSON: the page may store it as it is.
   */
  onStateChange?: (state: SessionState) => void;
}
