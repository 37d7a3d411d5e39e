import type { FastifyRequest } from 'fastify';
import type { AuditRepository } from '../storage/audit-repository.js';
import { clientInfo } from '../auth/client-info.js';

/** One event: what was done to which record (ids only), and whether it was allowed. */
export interface AuditEvent {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  personId?: string | null;
  /** Defaults to the signed-in account's clinic. */
  clinicId?: string | null;
  /** Defaults to the signed-in account. */
  actorUserId?: string | null;
  outcome: 'allowed' | 'denied';
}

export interface AuditTrail {
  /**
   * Appends the event with who (the session's account), when and from where. Awaited before the
   * data is sent: if the log cannot be written, the request fails rather than go unrecorded.
   */
  record(request: FastifyRequest, event: AuditEvent): Promise<void>;
}

export function createAuditTrail(audit: AuditRepository, now: () => Date): AuditTrail {
  return {
    async record(request, event) {
      const { ip, userAgent } = clientInfo(request);
      const user = request.auth?.user;
      await audit.append({
        at: now(),
        actorUserId: event.actorUserId !== undefined ? event.actorUserId : (user?.id ?? null),
        clinicId: event.clinicId !== undefined ? event.clinicId : (user?.clinicId ?? null),
        action: event.action,
        resourceType: event.resourceType,
        resourceId: event.resourceId ?? null,
        personId: event.personId ?? null,
        ip,
        userAgent,
        outcome: event.outcome,
      });
    },
  };
}
