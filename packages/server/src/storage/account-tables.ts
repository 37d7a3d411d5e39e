import type { Role } from '@acupress/core';
import type { Timestamp } from './timestamp.js';

// Accounts and their credentials. Ids are random UUIDs (text, so a malformed id from a URL is
// simply not found on PostgreSQL too, never a type error). Tokens are stored as their SHA-256,
// never as themselves: a copy of the database lets no one sign in or use a link.

export interface ClinicsTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  clinic_id: string;
  /** Lower-cased, unique across the server. */
  email: string;
  name: string;
  role: Role;
  /** argon2id, PHC string. */
  password_hash: string;
  created_at: Timestamp;
}

/** Sign-in sessions (migration 0005 renamed the table from `sessions`). */
export interface AuthSessionsTable {
  /** SHA-256 (hex) of the cookie's token. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string;
  user_agent: string;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  clinic_id: string;
  role: 'practitioner' | 'client';
  email: string | null;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** One failed sign-in per key (a hashed account or an address), for the rate limit. */
export interface LoginAttemptsTable {
  attempt: string;
  key: string;
  at: Timestamp;
}
