import {
  fail,
  invalidInput,
  isSameLog,
  isSameNextDay,
  isSameStart,
  logIssues,
  nextDayIssues,
  startIssues,
  type FieldIssue,
  type NextDay,
  type PracticeSession,
  type PracticeSessionList,
  type Result,
  type SessionLog,
  type SessionStart,
} from '@acupress/core';
import type { AppContext } from '../app-context.js';
import type { Repositories } from '../storage/repositories.js';
import type { StoredSession } from '../storage/practice-session-repository.js';
import { allowed, audited, type Audited, type RecordAccess } from './record-access.js';
import { alreadyStored, storeOnce } from './store-once.js';

// Guided sessions: the start, the log and the next-day check, each a PUT to the session's own id
// (a UUID the client made), so the offline outbox can send them again until one answer arrives,
// without ever making a second session. Whether a part fits its session is core's rule
// (session/session-fit.ts); every access is audited in its own transaction (`audited`).

/** What the API shows of a stored session: the record, not who stored it or when it arrived. */
export const publicSession = (s: StoredSession): PracticeSession => ({
  id: s.id,
  checkInId: s.checkInId,
  startedAt: s.startedAt,
  beforeNrs: s.beforeNrs,
  plannedSeconds: s.plannedSeconds,
  pressureTarget: s.pressureTarget,
  steps: s.steps,
  ...(s.log ? { log: s.log } : {}),
  ...(s.nextDay ? { nextDay: s.nextDay } : {}),
});

const notFound = (id: string) => fail('NOT_FOUND', `No session '${id}' for this person.`);
const unfit = (issues: FieldIssue[]) => invalidInput('request body', issues);

/**
 * Stores a start under the client's id: created, or the same start sent again (stored once). The
 * check-in must be this person's and have a plan.
 */
export function startSession(
  ctx: AppContext,
  access: RecordAccess,
  sessionId: string,
  start: SessionStart,
): Promise<Result<{ created: boolean; session: PracticeSession }>> {
  return audited(ctx, access, async (repos) => {
    const issues = startIssues(start);
    if (issues.length > 0) return unfit(issues);
    const { person } = access;
    const checkIn = await repos.checkIns.findForPerson(person.id, start.checkInId);
    if (!checkIn) return fail('NOT_FOUND', `No check-in '${start.checkInId}' for this person.`);
    if (checkIn.outcomeKind !== 'plan') {
      return fail(
        'CONFLICT',
        'That check-in ended in a referral: there is no plan to follow. ' +
          'See a clinician as its advice says.',
      );
    }
    const { created, stored } = await repos.practiceSessions.createIfAbsent(
      {
        id: sessionId,
        clinicId: person.clinicId,
        personId: person.id,
        createdBy: access.actor.userId,
        start,
      },
      ctx.now(),
    );
    // Another person's session answers like a different one of this person's: a 409 that says
    // nothing about whose it is.
    if (!created && (stored.personId !== person.id || !isSameStart(stored, start))) {
      return fail(
        'CONFLICT',
        `Session '${sessionId}' already exists with other content; a new session needs a new id.`,
      );
    }
    return allowed({ created, session: publicSession(stored) });
  });
}

/**
 * A write-once part of a session (its log, its next-day check), the same way for both: the
 * session must be this person's, the part must fit it (`refusal`), then it is stored once.
 */
function storePart<T>(
  ctx: AppContext,
  access: RecordAccess,
  sessionId: string,
  part: {
    /** "its log": in the 409 for a different second one. */
    what: string;
    refusal: (repos: Repositories, session: StoredSession) => Promise<Audited<never> | undefined>;
    pick: (session: StoredSession) => T | undefined;
    write: (repos: Repositories) => Promise<boolean>;
    same: (stored: T) => boolean;
  },
): Promise<Result<PracticeSession>> {
  return audited(ctx, access, async (repos) => {
    const personId = access.person.id;
    const session = await repos.practiceSessions.findForPerson(personId, sessionId);
    if (!session) return notFound(sessionId);
    const refusal = await part.refusal(repos, session);
    if (refusal) return refusal;
    const read = await storeOnce({
      stored: part.pick(session),
      write: () => part.write(repos),
      reread: () => repos.practiceSessions.findForPerson(personId, sessionId),
      pick: part.pick,
      same: part.same,
    });
    if (read === 'absent') return notFound(sessionId);
    if (read === 'conflict') return alreadyStored(part.what);
    return allowed(publicSession(read));
  });
}

/** The log: every step and side one of the session's, held no longer than its plan allows. */
export function logSession(
  ctx: AppContext,
  access: RecordAccess,
  sessionId: string,
  log: SessionLog,
): Promise<Result<PracticeSession>> {
  return storePart(ctx, access, sessionId, {
    what: 'its log',
    refusal: async (repos, session) => {
      // The plan the session followed: how long each side's hold can last.
      const checkIn = await repos.checkIns.findForPerson(session.personId, session.checkInId);
      const plan = checkIn?.outcome.kind === 'plan' ? checkIn.outcome : undefined;
      const issues = logIssues(session, log, plan);
      return issues.length > 0 ? unfit(issues) : undefined;
    },
    pick: (s) => s.log,
    write: (repos) => repos.practiceSessions.putLog(access.person.id, sessionId, log, ctx.now()),
    same: (stored) => isSameLog(stored, log),
  });
}

/** The next day's check: only for a logged session, its sites the session's. */
export function recordNextDay(
  ctx: AppContext,
  access: RecordAccess,
  sessionId: string,
  check: NextDay,
): Promise<Result<PracticeSession>> {
  return storePart(ctx, access, sessionId, {
    what: 'its next day’s check',
    refusal: (_repos, session) => {
      if (!session.log) {
        return Promise.resolve(
          fail(
            'CONFLICT',
            'This session has no log yet: send its log before the next day’s check.',
          ),
        );
      }
      const issues = nextDayIssues(session, check);
      return Promise.resolve(issues.length > 0 ? unfit(issues) : undefined);
    },
    pick: (s) => s.nextDay,
    write: (repos) =>
      repos.practiceSessions.putNextDay(access.person.id, sessionId, check, ctx.now()),
    same: (stored) => isSameNextDay(stored, check),
  });
}

/** The person's sessions, oldest first, optionally of one check-in. */
export function listSessions(
  ctx: AppContext,
  access: RecordAccess,
  checkInId: string | undefined,
): Promise<Result<PracticeSessionList>> {
  return audited(ctx, access, async (repos) => {
    const list = await repos.practiceSessions.listForPerson(access.person.id, checkInId);
    return allowed({ sessions: list.map(publicSession) });
  });
}
