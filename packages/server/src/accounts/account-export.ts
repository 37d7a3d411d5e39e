import type { AccountExport } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, auditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { inTransaction } from '../storage/repositories.js';
import type { AuditEntry } from '../storage/audit-repository.js';
import type { CheckIn } from '../storage/check-in-repository.js';
import type { StoredSession } from '../storage/practice-session-repository.js';
import type { User } from '../storage/user-repository.js';

/**
 * Everything the server holds about one account, as one document (the contract's
 * AccountExport). Its audit entry is written first, in the same transaction, so the export
 * includes its own entry. Where someone else acted (a practitioner reading a record), their
 * address and browser are left out: those are theirs, not yours.
 */
export function exportAccount(
  ctx: AppContext,
  user: User,
  client: ClientInfo,
): Promise<AccountExport> {
  return inTransaction(ctx.db, async (repos) => {
    await appendAudit(repos.audit, ctx.now(), auditActor(user, client), {
      action: 'account.export',
      resourceType: 'user',
      resourceId: user.id,
      personId: user.id,
      outcome: 'allowed',
    });
    // One query at a time: a transaction is one connection.
    const checkIns = await repos.checkIns.allForPerson(user.id);
    const sessions = await repos.practiceSessions.allForPerson(user.id);
    const audit = await repos.audit.listAbout(user.id);
    return exportOf(ctx.now(), user, checkIns, sessions, audit);
  });
}

function exportOf(
  now: Date,
  user: User,
  checkIns: CheckIn[],
  sessions: StoredSession[],
  audit: AuditEntry[],
): AccountExport {
  return {
    format: 'acupress-account-export',
    version: 1,
    exportedAt: now.toISOString(),
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
