import {
  authorize,
  type Action,
  type Actor,
  type AuditAction,
  type Failure,
  type Result,
} from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, type AuditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { failureFor } from '../auth/denial.js';
import { inTransaction, type Repositories } from '../storage/repositories.js';
import { Refusal, refusing } from '../storage/refusal.js';
import type { User } from '../storage/user-repository.js';

/** Who asks for whose health record, from where, and what the audit entry will say. */
export interface RecordAccess {
  actor: Actor;
  /** The person whose record it is, as the route's access hook found them. */
  person: User;
  /** Taken when the request arrived, before any write. */
  client: ClientInfo;
  /** The policy's action the route declared: 'health.read' or 'health.write'. */
  action: Action;
  /** The entry's action and resource; resourceId as the URL named it (or null). */
  audit: { action: AuditAction; resourceType: string; resourceId: string | null };
}

/** A workflow step's answer: its result, and the record it was about when it knows better. */
export type Audited<T> = Result<T> & { resourceId?: string | null };

export const allowed = <T>(value: T, resourceId?: string | null): Audited<T> =>
  resourceId === undefined ? { ok: true, value } : { ok: true, value, resourceId };

/**
 * One access to health data: authorise → core → store → audit in ONE transaction, so the record
 * and its audit entry commit together or not at all (DESIGN.md, Reliability). The access hook
 * has already let the request in before reading its body; here the policy is asked again inside
 * the transaction, against the person as the transaction sees them. A refusal (the policy's, or
 * the work's: not found, conflict, invalid) rolls back whatever the work wrote and is recorded as
 * denied.
 */
export async function audited<T>(
  ctx: AppContext,
  access: RecordAccess,
  work: (repos: Repositories) => Promise<Audited<T>>,
): Promise<Result<T>> {
  let resourceId = access.audit.resourceId;
  const outcome = await refusing(() =>
    inTransaction(ctx.db, async (repos) => {
      const refusal = await stillAllowed(repos, access);
      if (refusal) throw new Refusal(refusal);
      const done = await work(repos);
      if (done.resourceId !== undefined) resourceId = done.resourceId;
      if (!done.ok) throw new Refusal(done);
      await record(repos, ctx.now(), entryOf(access), 'allowed', resourceId);
      return done;
    }),
  );
  if (!outcome.ok) await record(ctx.repos, ctx.now(), entryOf(access), 'denied', resourceId);
  return outcome.ok ? { ok: true, value: outcome.value } : outcome;
}

async function stillAllowed(
  repos: Repositories,
  access: RecordAccess,
): Promise<Failure | undefined> {
  const person = await repos.users.find(access.person.id);
  const decision = person
    ? authorize(access.actor, access.action, {
        clinicId: person.clinicId,
        personId: person.id,
        personRole: person.role,
      })
    : ({ allowed: false, code: 'NOT_FOUND', reason: 'no such person' } as const);
  return decision.allowed ? undefined : failureFor(decision, 'No such person that you can see.');
}

/** An access as its audit entry tells it: who tried, on whose record (none: not one they may see). */
export interface AccessEntry {
  by: AuditActor;
  person: { id: string; clinicId: string } | null;
  audit: RecordAccess['audit'];
}

const entryOf = (access: RecordAccess): AccessEntry => ({
  by: { userId: access.actor.userId, clinicId: access.actor.clinicId, client: access.client },
  person: access.person,
  audit: access.audit,
});

/** The one writer of health-data audit entries: allowed or denied, here or in the access hook. */
const record = (
  repos: Pick<Repositories, 'audit'>,
  at: Date,
  { by, person, audit }: AccessEntry,
  outcome: 'allowed' | 'denied',
  resourceId: string | null,
) =>
  appendAudit(repos.audit, at, by, {
    action: audit.action,
    resourceType: audit.resourceType,
    resourceId,
    personId: person?.id ?? null,
    // In the log of the clinic whose record it is: its owner sees who read it, or tried.
    ...(person ? { clinicId: person.clinicId } : {}),
    outcome,
  });

/**
 * A refusal by the access hook, before the request's body was even read: no transaction to
 * join (nothing was accessed), but in the log like every other access to health data.
 */
export const auditRefusal = (ctx: AppContext, entry: AccessEntry): Promise<void> =>
  record(ctx.repos, ctx.now(), entry, 'denied', entry.audit.resourceId);
