import type { SourceKey } from '../atlas/types.js';
import type { Plan, Statement } from '../plan/plan-types.js';
import type { SessionRecord, SessionStart } from '../session/session-record.js';

// Care across sessions: from the plan of the person's latest check-in and ALL their sessions (of
// every check-in), the next session's plan (gentler, sites resting), whether to pause, and an
// honest account of progress over their whole practice.

export interface CareInput {
  /** The plan of the person's latest check-in (with a plan): the next session starts from it. */
  plan: Plan;
  /** That latest check-in. */
  checkInId: string;
  /**
   * When that latest check-in was saved (ISO 8601). A pause whose report came before it is lifted
   * by it (the check-in asked the safety questions again); site rests and lowered pressure are not.
   */
  checkInAt: string;
  /**
   * Pain 0–10 at the start: the NRS of the earliest check-in that the sessions followed (the
   * server passes it when that check-in recorded one). Without it, the first session's "before".
   */
  baselineNrs?: number;
  /**
   * ALL the person's sessions, of any check-in, in any order. Site rests, lowered pressure and
   * pauses are computed over all of them (a new check-in wipes none of them); so are the history,
   * the weekly adherence and the progress verdict (the person's whole practice).
   */
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
  /** For a resting site: which one (`BL23:left`), and until when (ISO 8601, UTC: format it locally). */
  site?: string;
  until?: string;
  /**
   * When the report behind the change was made (ISO 8601, UTC): a resting site's report, or the
   * moment a pause began. Texts print no date or clock time; the app formats this locally.
   */
  since?: string;
  /** The session the change comes from (a resting site's, a lowering's, a pause's latest). */
  sessionId?: string;
}

export interface SessionSummary {
  id: string;
  startedAt: string;
  beforeNrs: number;
  afterNrs?: number;
  plannedSeconds: number;
  /** Sum of the logged hold times; 0 until the log arrives. */
  pressedSeconds: number;
  /**
   * How fully it was done: pressed / planned seconds (0 when nothing was planned; above 1 when
   * held longer than planned); undefined until the log arrives.
   */
  minutesRatio?: number;
  logged: boolean;
}

/**
 * One week of practice, with the two figures of adherence kept apart: how often (sessions against
 * the plan's frequency) and how fully (minutes pressed against the minutes those sessions planned).
 */
export interface WeekSummary {
  /** Day the week starts (YYYY-MM-DD): weeks count from the first session, 7 days each. */
  weekStart: string;
  /** 1-based. */
  week: number;
  /** Every session started that week. */
  sessions: number;
  /**
   * Sessions the plan asks for that week: one a day (PLANNED_SESSIONS_PER_WEEK), so 7 for a past
   * week and one per day so far for the week in progress.
   */
  plannedSessions: number;
  /** How often: sessions / plannedSessions (above 1 with more than one session a day). */
  sessionsRatio: number;
  /** Those with a log; pressed, planned and minutesRatio count only these. */
  logged: number;
  pressedSeconds: number;
  plannedSeconds: number;
  /** How fully: pressed / planned over the logged sessions; undefined when nothing was planned or logged. */
  minutesRatio?: number;
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
  /**
   * When paused: why (`reasons`), what to do now (`advice`) and, said apart, how the sessions
   * start again (`lifts`). `urgency: 'same-day'` when a doctor should be seen today (swelling at a
   * place pressed in the calf: possible blood clot); the advice then starts with "See a doctor
   * today". Absent otherwise.
   */
  pause?: { reasons: Statement[]; advice: string; lifts: string; urgency?: 'same-day' };
  /** Every session, in the order they started. */
  history: SessionSummary[];
  weeks: WeekSummary[];
  progress: Progress;
  /**
   * The latest logged session, when it has no next-day check and started 12 to 72 hours ago
   * (elapsed time, not calendar days; Acupress default).
   */
  nextDayDue?: { sessionId: string; startedAt: string; steps: SessionStart['steps'] };
}
