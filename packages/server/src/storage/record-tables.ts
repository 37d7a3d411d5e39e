import type { GeneratedAlways } from 'kysely';
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
