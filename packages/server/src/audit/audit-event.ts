import type { AuditAction } from '@acupress/core';
import type { ClientInfo } from '../auth/client-info.js';
import type { AuditRepository } from '../storage/audit-repository.js';

/** Who acted, from where: the signed-in account (none for a sign-in attempt) and its client. */
export interface AuditActor {
  userId: string | null;
  /** The actor's clinic: where the entry goes unless the event says otherwise. */
  clinicId: string | null;
  client: ClientInfo;
}

export const auditActor = (
  user: { id: string; clinicId: string } | null,
  client: ClientInfo,
): AuditActor => ({ userId: user?.id ?? null, clinicId: user?.clinicId ?? null, client });

/** One event: what was done to which record (ids only), and whether it was allowed. */
export interface AuditEvent {
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  personId?: string | null;
  /** The clinic whose log it goes in (whose record it was); default the actor's. */
  clinicId?: string | null;
  outcome: 'allowed' | 'denied';
}

/**
 * Appends the event with who, when and from where, through `audit`: the repository of the
 * transaction that did the access, so the record and its entry commit together or not at all.
 */
export function appendAudit(
  audit: AuditRepository,
  at: Date,
  by: AuditActor,
  event: AuditEvent,
): Promise<void> {
  return audit.append({
    at,
    actorUserId: by.userId,
    clinicId: event.clinicId !== undefined ? event.clinicId : by.clinicId,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId ?? null,
    personId: event.personId ?? null,
    ip: by.client.ip,
    userAgent: by.client.userAgent,
    outcome: event.outcome,
  });
}

/** An id as asked for in a URL, so probes show in the log: printable and bounded. */
export const askedId = (raw: string | undefined): string | null =>
  raw === undefined ? null : raw.replace(/\p{Cc}/gu, '').slice(0, 100);
