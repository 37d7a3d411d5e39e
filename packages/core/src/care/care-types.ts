import type { SourceKey } from '../atlas/types.js';
import type { Plan, Statement } from '../plan/plan-types.js';
import type { SessionRecord } from '../session/session-record.js';

// Care across sessions: from the plan of the latest check-in and the sessions since, the next
// session's plan (gentler, sites resting), whether to pause, and an honest account of progress.

export interface CareInput {
  /** The plan of the check-in the sessions follow. */
  plan: Plan;
  checkInId: string;
  /** When that check-in was saved (ISO 8601). */
  checkInAt: string;
  /** Pain 0–10 at the check-in, if it was given; otherwise the first session's "before". */
  baselineNrs?: number;
  /** Sessions of this check-in, any order. */
  sessions: SessionRecord[];
  /** Now (ISO 8601): rules with a duration (48 h of rest) and the next-day prompt depend on it. */
  now: string;
}

export type CareChangeKind =
  'pressure-lowered' | 'site-resting' | 'paused-swelling' | 'paused-worse' | 'review-suggested';

/** One change to the next session, shown with its reason and source. */
export interface CareChange {
  kind: CareChangeKind;
  text: string;
  source: SourceKey;
  /** For a resting site: which one, and until when (ISO 8601). */
  site?: string;
  until?: string;
}

export interface SessionSummary {
  id: string;
  startedAt: string;
  beforeNrs: number;
  afterNrs?: number;
  plannedSeconds: number;
  /** Sum of the logged hold times; 0 until the log arrives. */
  pressedSeconds: number;
  /** pressed / planned (0 when nothing was planned; above 1 when held longer than planned); undefined until the log arrives. */
  adherence?: number;
  logged: boolean;
}

export interface WeekSummary {
  /** Day the week starts (YYYY-MM-DD): weeks count from the first session, 7 days each. */
  weekStart: string;
  /** 1-based. */
  week: number;
  /** Every session started that week. */
  sessions: number;
  /** Those with a log; pressed, planned and the ratio count only these. */
  logged: number;
  pressedSeconds: number;
  plannedSeconds: number;
  /** pressed / planned over the logged sessions; undefined when nothing was planned or logged. */
  adherence?: number;
}

export type Verdict = 'too-little-data' | 'improving' | 'no-meaningful-change' | 'worse';

export interface Progress {
  verdict: Verdict;
  /** A plain sentence, with its uncertainty. */
  text: string;
  source: SourceKey;
  baselineNrs?: number;
  /** The recent pain level the verdict compares with the baseline. */
  recentNrs?: number;
  /** Whole weeks since the first session. */
  weeks: number;
}

export interface Care {
  status: 'ready' | 'paused';
  /** The next session's plan: sides resting are removed, pressure targets lowered. */
  plan: Plan;
  pressureTarget: number;
  changes: CareChange[];
  /** When paused: why, and what to do. */
  pause?: { reasons: Statement[]; advice: string };
  /** Every session, in the order they started. */
  history: SessionSummary[];
  weeks: WeekSummary[];
  progress: Progress;
  /** A session from the previous day (or earlier) without its next-day check. */
  nextDayDue?: { sessionId: string; startedAt: string };
}
