import type { Assessment, Care, InvitableRole, PlanOutcome, Role } from '@acupress/core';

// The shapes of the API's JSON bodies the web app reads (the server's contract, see
// docs/api and /api/openapi.json). Dates arrive as ISO strings.

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  clinicId: string;
  clinicName: string;
}

export interface SessionBody {
  setupNeeded: boolean;
  user: SessionUser | null;
  csrfToken?: string;
}

/** Setup, sign-in and an accepted invitation all answer with the new session. */
export interface SignedInBody {
  user: SessionUser;
  csrfToken: string;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Invitation {
  id: string;
  role: InvitableRole;
  email?: string | null;
  expiresAt: string;
  createdAt?: string;
}

export interface CreatedInvitation extends Invitation {
  /** A path such as `/invite/<token>`: shown once, never stored by the server. */
  link: string;
}

export interface InvitationInfo {
  clinicName: string;
  role: InvitableRole;
  email?: string | null;
}

export interface OneTimeLink {
  link: string;
  expiresAt: string;
}

export interface CheckInSummary {
  id: string;
  createdAt: string;
  outcomeKind: PlanOutcome['kind'];
}

export interface SavedCheckIn {
  id: string;
  createdAt: string;
  assessment: Assessment;
  outcome: PlanOutcome;
}

export interface CreatedCheckIn {
  id: string;
  createdAt: string;
  outcome: PlanOutcome;
}

export interface AuditEntry {
  /** A number on the server (the log's order); a string is accepted too. */
  id: number | string;
  at: string;
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** Whose health data, when the entry is about a person. */
  personId: string | null;
  ip: string | null;
  userAgent: string | null;
  outcome: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore?: number | string | null;
}

/** GET /api/people/me/care: the latest saved check-in and the care that follows from it. */
export interface CareBody {
  checkIn: { id: string; createdAt: string } | null;
  care: Care | null;
}
