import {
  careFor,
  practiceBaselineNrs,
  practiceStartCheckIn,
  type CareAnswer,
  type Result,
} from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { allowed, audited, type RecordAccess } from './record-access.js';

/**
 * Care across sessions: the plan of the person's latest check-in with one, all their sessions
 * (any check-in: a new check-in must not lift a site's rest, the lowered pressure or a pause
 * that earlier sessions called for), and core's `careFor` on them, against core's practice
 * baseline. Read-only; audited like every read of health data.
 */
export function careOf(ctx: AppContext, access: RecordAccess): Promise<Result<CareAnswer>> {
  return audited<CareAnswer>(ctx, access, async (repos) => {
    const personId = access.person.id;
    const checkIns = await repos.checkIns.listForPerson(personId);
    const latest = checkIns.find((c) => c.outcomeKind === 'plan');
    const checkIn = latest && (await repos.checkIns.findForPerson(personId, latest.id));
    if (checkIn?.outcome.kind !== 'plan') return allowed({ checkIn: null, care: null }, null);
    const sessions = await repos.practiceSessions.listForPerson(personId);
    const start = practiceStartCheckIn(
      checkIns.map((c) => ({ id: c.id, createdAt: c.createdAt.toISOString() })),
      sessions,
    );
    const startCheckIn =
      start && start.id !== checkIn.id
        ? await repos.checkIns.findForPerson(personId, start.id)
        : checkIn;
    const checkInAt = checkIn.createdAt.toISOString();
    const care = careFor({
      plan: checkIn.outcome,
      checkInId: checkIn.id,
      checkInAt,
      baselineNrs: practiceBaselineNrs(startCheckIn?.assessment, checkIn.assessment),
      sessions,
      now: ctx.now().toISOString(),
    });
    return allowed({ checkIn: { id: checkIn.id, createdAt: checkInAt }, care }, checkIn.id);
  });
}
