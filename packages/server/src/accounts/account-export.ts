import type { Assessment, PlanOutcome, Role, SessionRecord } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import type { User } from '../storage/user-repository.js';

/** Everything the server holds about one account, as one JSON document. */
export interface AccountExport {
  format: 'acupress-account-export';
  version: 1;
  exportedAt: string;
  account: { id: string; name: string; email: string; role: Role; createdAt: string };
  clinic: { id: string; name: string };
  checkIns: {
    id: string;
    createdAt: string;
    createdBy: string | null;
    outcomeKind: PlanOutcome['kind'];
    assessment: Assessment;
    outcome: PlanOutcome;
  }[];
  /** Guided sessions, oldest first: each as the API returns it, with who sent it and when. */
  sessions: (SessionRecord & {
    createdBy: string | null;
    receivedAt: string;
    loggedAt: string | null;
    nextDayAt: string | null;
  })[];
  /**
   * Entries where the account acted or was acted on. Where someone else acted (a practitioner
   * reading a record), their address and browser are left out: those are theirs, not yours.
   */
  auditEntries: {
    id: number;
    at: string;
    actorUserId: string | null;
    action: string;
    resourceType: string;
    resourceId: string | null;
    personId: string | null;
    ip: string | null;
    userAgent: string | null;
    outcome: 'allowed' | 'denied';
  }[];
}

export async function exportAccount(ctx: AppContext, user: User): Promise<AccountExport> {
  const [checkIns, sessions, audit] = await Promise.all([
    ctx.repos.checkIns.allForPerson(user.id),
    ctx.repos.practiceSessions.allForPerson(user.id),
    ctx.repos.audit.listAbout(user.id),
  ]);
  return {
    format: 'acupress-account-export',
    version: 1,
    exportedAt: ctx.now().toISOString(),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
    },
    clinic: { id: user.clinicId, name: user.clinicName },
    checkIns: checkIns.map((c) => ({
      id: c.id,
      createdAt: c.createdAt.toISOString(),
      createdBy: c.createdBy,
      outcomeKind: c.outcomeKind,
      assessment: c.assessment,
      outcome: c.outcome,
    })),
    sessions: sessions.map(({ clinicId: _c, personId: _p, ...s }) => ({
      ...s,
      receivedAt: s.receivedAt.toISOString(),
      loggedAt: s.loggedAt?.toISOString() ?? null,
      nextDayAt: s.nextDayAt?.toISOString() ?? null,
    })),
    auditEntries: audit.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorUserId: e.actorUserId,
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      personId: e.personId,
      ip: e.actorUserId === user.id ? e.ip : null,
      userAgent: e.actorUserId === user.id ? e.userAgent : null,
      outcome: e.outcome,
    })),
  };
}
