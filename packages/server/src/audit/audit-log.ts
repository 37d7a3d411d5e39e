import type { AuditEntry as AuditEntryBody, AuditPage } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import type { AuditEntry } from '../storage/audit-repository.js';
import { inTransaction } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';
import { appendAudit, type AuditActor } from './audit-event.js';

// The clinic's audit log, read by its owner. Reading it is itself recorded, first and in the
// same transaction, so what is read includes its own entry.

/** Everything an export loads at once; a clinic's log is far below this for years. */
const EXPORT_MAX = 1_000_000;

export const auditEntryBody = (e: AuditEntry): AuditEntryBody => ({
  ...e,
  at: e.at.toISOString(),
});

/** One page, newest first: entries older than `before`, `limit` of them. */
export async function readAuditPage(
  ctx: AppContext,
  owner: User,
  page: { limit: number; before?: number | undefined },
  by: AuditActor,
): Promise<AuditPage> {
  const entries = await inTransaction(ctx.db, async (repos) => {
    await appendAudit(repos.audit, ctx.now(), by, {
      action: 'audit.read',
      resourceType: 'audit-log',
      resourceId: owner.clinicId,
      outcome: 'allowed',
    });
    return repos.audit.listForClinic(owner.clinicId, page);
  });
  const last = entries.at(-1);
  return {
    entries: entries.map(auditEntryBody),
    nextBefore: entries.length === page.limit && last ? last.id : null,
  };
}

/** The whole log, newest first, for a file. */
export function exportAuditLog(
  ctx: AppContext,
  owner: User,
  by: AuditActor,
): Promise<AuditEntry[]> {
  return inTransaction(ctx.db, async (repos) => {
    await appendAudit(repos.audit, ctx.now(), by, {
      action: 'audit.export',
      resourceType: 'audit-log',
      resourceId: owner.clinicId,
      outcome: 'allowed',
    });
    return repos.audit.listForClinic(owner.clinicId, { limit: EXPORT_MAX });
  });
}
