import type { ColumnType, GeneratedAlways } from 'kysely';
import type { Timestamp } from './timestamp.js';

// Health records and the audit log.

/** A saved check-in: the assessment as given and the plan or referral core made from it. */
export interface CheckInsTable {
  id: string;
  clinic_id: string;
  person_id: string;
  /** Who saved it (the person or their practitioner); null once that account is deleted. */
  created_by: string | null;
  created_at: Timestamp;
  /** JSON text. */
  assessment: string;
  /** JSON text. */
  outcome: string;
  outcome_kind: 'plan' | 'referral';
}

/**
 * A guided session. Its start arrives first; the log columns (ended_at … logged_at) and the
 * next-day columns stay null until those arrive. `received_at`, `logged_at` and `next_day_at`
 * are the server's clock (when each part arrived); the other times are the client's.
 */
export interface PracticeSessionsTable {
  /** The client's UUID. */
  id: string;
  clinic_id: string;
  person_id: string;
  check_in_id: string;
  created_by: string | null;
  received_at: Timestamp;
  started_at: Timestamp;
  before_nrs: number;
  planned_seconds: number;
  pressure_target: number;
  /** JSON text: the steps of the start, as sent. */
  steps: string;
  ended_at: Timestamp | null;
  after_nrs: number | null;
  soreness: number | null;
  pressure_feel: 'too-light' | 'about-right' | 'too-much' | null;
  /** JSON text: bruising, swelling and the note. */
  after: string | null;
  logged_at: Timestamp | null;
  /** JSON text: the next-day check as sent (its `at` normalised to UTC). */
  next_day: string | null;
  next_day_at: Timestamp | null;
}

/** One side of one step of a session's log, in the order the log listed them. */
export interface SessionStepLogsTable {
  session_id: string;
  position: number;
  step_id: string;
  side: 'left' | 'right' | 'midline';
  held_seconds: number;
  /** SQLite returns 1/0, PostgreSQL a boolean: the repository maps both. */
  released: ColumnType<boolean | number | null, boolean | number | null, never>;
  tenderness: number | null;
  skipped: ColumnType<boolean | number, boolean | number, never>;
}

/**
 * Append-only through the application: the repository has no update or delete. Only ids, never
 * health content. PostgreSQL returns the bigserial id as a string, SQLite as a number.
 */
export interface AuditLogTable {
  id: GeneratedAlways<number | string>;
  at: Timestamp;
  actor_user_id: string | null;
  clinic_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  person_id: string | null;
  ip: string;
  user_agent: string;
  outcome: 'allowed' | 'denied';
}
