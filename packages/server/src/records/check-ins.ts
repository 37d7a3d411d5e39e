import {
  fail,
  makePlan,
  type Assessment,
  type CheckInList,
  type CreatedCheckIn,
  type Result,
  type SavedCheckIn,
} from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { allowed, audited, type RecordAccess } from './record-access.js';

// Check-ins, the first health record: an assessment and the plan (or referral) core made from
// it, stored together. Every access goes through `audited` (one transaction with its entry).

/** Makes the plan (or the referral, for a red flag) and stores both. */
export function createCheckIn(
  ctx: AppContext,
  access: RecordAccess,
  assessment: Assessment,
): Promise<Result<CreatedCheckIn>> {
  return audited(ctx, access, async (repos) => {
    const saved = await repos.checkIns.create(
      {
        clinicId: access.person.clinicId,
        personId: access.person.id,
        createdBy: access.actor.userId,
        assessment,
        outcome: makePlan(assessment),
      },
      ctx.now(),
    );
    const created = {
      id: saved.id,
      createdAt: saved.createdAt.toISOString(),
      outcome: saved.outcome,
    };
    return allowed(created, saved.id);
  });
}

/** The person's check-ins, newest first. */
export function listCheckIns(ctx: AppContext, access: RecordAccess): Promise<Result<CheckInList>> {
  return audited(ctx, access, async (repos) => {
    const list = await repos.checkIns.listForPerson(access.person.id);
    return allowed({
      checkIns: list.map((c) => ({
        id: c.id,
        createdAt: c.createdAt.toISOString(),
        outcomeKind: c.outcomeKind,
      })),
    });
  });
}

/**
 * One check-in. A probe for another check-in id of a person one may see is still a read of their
 * record: it is audited as denied, under the id asked for.
 */
export function readCheckIn(
  ctx: AppContext,
  access: RecordAccess,
  id: string,
): Promise<Result<SavedCheckIn>> {
  return audited(ctx, access, async (repos) => {
    const found = await repos.checkIns.findForPerson(access.person.id, id);
    if (!found) return fail('NOT_FOUND', `No check-in '${id.slice(0, 60)}' for this person.`);
    return allowed(
      {
        id: found.id,
        personId: found.personId,
        createdBy: found.createdBy,
        createdAt: found.createdAt.toISOString(),
        outcomeKind: found.outcomeKind,
        assessment: found.assessment,
        outcome: found.outcome,
      },
      found.id,
    );
  });
}
