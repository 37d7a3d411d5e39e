import { nextDaySchema, sessionLogSchema, sessionStartSchema } from '@acupress/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { personOf, sessionOf } from '../../http/route-access.js';
import { sendFailure, type ApiFailure } from '../../http/errors.js';
import type { StoredSession } from '../../storage/practice-session-repository.js';
import type { User } from '../../storage/user-repository.js';
import { apiErrorSchema } from '../api-schemas.js';
import {
  invalidBody,
  isSameNextDay,
  isSameStart,
  isSameLog,
  logIssues,
  nextDayIssues,
  startIssues,
} from '../practice-session-checks.js';
import {
  personParam,
  publicSession,
  refused,
  sessionParams,
  sessionRecordSchema,
} from '../practice-session-schemas.js';
import { alreadyStored, storeOnce } from '../../records/store-once.js';
import { strictObject } from '../strict-object.js';

const TAGS = ['guided sessions'];
const notFound = (id: string) => ({
  code: 'NOT_FOUND' as const,
  message: `No session '${id}' for this person.`,
});

/**
 * Guided sessions: the start, the log and the next-day check, each a PUT to the session's own
 * id (a UUID the client made), so the offline outbox can send them again until one answer
 * arrives, without ever making a second session. Access is the check-ins' ('health.read' and
 * 'health.write' on the person); every access, allowed or refused, is in the audit log.
 */
export const practiceSessionRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  const audit = (
    request: FastifyRequest,
    person: User,
    action: string,
    outcome: 'allowed' | 'denied',
    resourceId: string | null = null,
  ) =>
    ctx.audit.record(request, {
      action,
      resourceType: 'practice-session',
      resourceId,
      personId: person.id,
      clinicId: person.clinicId,
      outcome,
    });
  const writeAccess = (action: string) => ({
    action: 'health.write' as const,
    on: 'person' as const,
    param: 'personId',
    audit: { action, resourceType: 'practice-session', resourceParam: 'sessionId' },
  });

  /**
   * A write-once part of a session (its log, its next-day check), the same way for both: the
   * session must be this person's, the part must fit it (`refusal`), then it is stored once
   * (storeOnce); every outcome audited.
   */
  const storePart = async <T>(
    request: FastifyRequest,
    reply: FastifyReply,
    part: {
      action: string;
      sessionId: string;
      /** "its log": in the 409 for a different second one. */
      what: string;
      refusal: (session: StoredSession) => Promise<ApiFailure | undefined>;
      pick: (session: StoredSession) => T | undefined;
      write: (personId: string) => Promise<boolean>;
      same: (stored: T) => boolean;
    },
  ) => {
    const person = personOf(request);
    const deny = async (failure: ApiFailure) => {
      await audit(request, person, part.action, 'denied', part.sessionId);
      return sendFailure(reply, failure);
    };
    const session = await ctx.repos.practiceSessions.findForPerson(person.id, part.sessionId);
    if (!session) return deny(notFound(part.sessionId));
    const refusal = await part.refusal(session);
    if (refusal) return deny(refusal);
    const read = await storeOnce({
      stored: part.pick(session),
      write: () => part.write(person.id),
      reread: () => ctx.repos.practiceSessions.findForPerson(person.id, part.sessionId),
      pick: part.pick,
      same: part.same,
    });
    if (read === 'absent') return deny(notFound(part.sessionId));
    if (read === 'conflict') return deny(alreadyStored(part.what));
    await audit(request, person, part.action, 'allowed', part.sessionId);
    return publicSession(read);
  };

  app.put(
    '/api/people/:personId/sessions/:sessionId',
    {
      config: { access: writeAccess('session.start') },
      schema: {
        summary: 'Start a guided session',
        description:
          'Stores what the session sets out to do, under the id the client made. Sent again ' +
          'unchanged, it answers 200 with the stored session and stores nothing new; the same ' +
          'id with different content is a 409. The check-in must be this person’s (404) and ' +
          'have a plan (409 for a referral: there is no plan to follow).',
        tags: TAGS,
        params: sessionParams,
        body: sessionStartSchema,
        response: {
          200: sessionRecordSchema,
          201: sessionRecordSchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          ...refused,
        },
      },
    },
    async (request, reply) => {
      const person = personOf(request);
      const { sessionId } = request.params;
      const start = request.body;
      const issues = startIssues(start);
      if (issues.length > 0) {
        await audit(request, person, 'session.start', 'denied', sessionId);
        return sendFailure(reply, invalidBody(issues));
      }
      const checkIn = await ctx.repos.checkIns.findForPerson(person.id, start.checkInId);
      if (!checkIn || checkIn.outcomeKind !== 'plan') {
        await audit(request, person, 'session.start', 'denied', sessionId);
        return sendFailure(
          reply,
          checkIn
            ? {
                code: 'CONFLICT',
                message:
                  'That check-in ended in a referral: there is no plan to follow. ' +
                  'See a clinician as its advice says.',
              }
            : { code: 'NOT_FOUND', message: `No check-in '${start.checkInId}' for this person.` },
        );
      }
      const { created, stored } = await ctx.repos.practiceSessions.createIfAbsent(
        {
          id: sessionId,
          clinicId: person.clinicId,
          personId: person.id,
          createdBy: sessionOf(request).user.id,
          start,
        },
        ctx.now(),
      );
      // Another person's session answers like a different one of this person's: a 409 that
      // says nothing about whose it is.
      if (!created && (stored.personId !== person.id || !isSameStart(stored, start))) {
        await audit(request, person, 'session.start', 'denied', sessionId);
        return sendFailure(reply, {
          code: 'CONFLICT',
          message: `Session '${sessionId}' already exists with other content; a new session needs a new id.`,
        });
      }
      await audit(request, person, 'session.start', 'allowed', sessionId);
      return reply.code(created ? 201 : 200).send(publicSession(stored));
    },
  );

  app.put(
    '/api/people/:personId/sessions/:sessionId/log',
    {
      config: { access: writeAccess('session.log') },
      schema: {
        summary: 'Log how a guided session went',
        description:
          'Stores the session’s log (per step and side, and how it was afterwards) in one ' +
          'transaction, once: sent again unchanged it answers 200; a different log for a logged ' +
          'session is a 409 and the first is kept (a later log never erases reported bruising ' +
          'or swelling). Every step and side must be one of the ' +
          'session’s, each logged once, held no longer than the session player can time, and ' +
          'bruising or swelling one of its sites (400 naming the field).',
        tags: TAGS,
        params: sessionParams,
        body: sessionLogSchema,
        response: {
          200: sessionRecordSchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          ...refused,
        },
      },
    },
    (request, reply) => {
      const { sessionId } = request.params;
      const body = request.body;
      return storePart(request, reply, {
        action: 'session.log',
        sessionId,
        what: 'its log',
        refusal: async (session) => {
          // The plan the session followed: how long each side's hold can last.
          const checkIn = await ctx.repos.checkIns.findForPerson(
            session.personId,
            session.checkInId,
          );
          const plan = checkIn?.outcome.kind === 'plan' ? checkIn.outcome : undefined;
          const issues = logIssues(session, body, plan);
          return issues.length > 0 ? invalidBody(issues) : undefined;
        },
        pick: (s) => s.log,
        write: (personId) =>
          ctx.repos.practiceSessions.putLog(personId, sessionId, body, ctx.now()),
        same: (log) => isSameLog(log, body),
      });
    },
  );

  app.put(
    '/api/people/:personId/sessions/:sessionId/next-day',
    {
      config: { access: writeAccess('session.next-day') },
      schema: {
        summary: 'Record the next day’s check after a session',
        description:
          'Pain, soreness, bruising and swelling the day after. Only for a logged session ' +
          '(409 before its log arrives). Stored once: sent again unchanged, it answers 200 ' +
          'with the stored session; a different check for the same session is a 409, and the ' +
          'first is kept (a later answer never erases a reported swelling or lifts a pause).',
        tags: TAGS,
        params: sessionParams,
        body: nextDaySchema,
        response: {
          200: sessionRecordSchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          ...refused,
        },
      },
    },
    (request, reply) => {
      const { sessionId } = request.params;
      const check = request.body;
      return storePart(request, reply, {
        action: 'session.next-day',
        sessionId,
        what: 'its next day’s check',
        refusal: (session) => {
          if (!session.log) {
            return Promise.resolve({
              code: 'CONFLICT' as const,
              message: 'This session has no log yet: send its log before the next day’s check.',
            });
          }
          const issues = nextDayIssues(session, check);
          return Promise.resolve(issues.length > 0 ? invalidBody(issues) : undefined);
        },
        pick: (s) => s.nextDay,
        write: (personId) =>
          ctx.repos.practiceSessions.putNextDay(personId, sessionId, check, ctx.now()),
        same: (stored) => isSameNextDay(stored, check),
      });
    },
  );

  app.get(
    '/api/people/:personId/sessions',
    {
      config: {
        access: {
          action: 'health.read',
          on: 'person',
          param: 'personId',
          audit: { action: 'session.list', resourceType: 'practice-session' },
        },
      },
      schema: {
        summary: "A person's guided sessions, oldest first",
        description: 'Each with its log and next-day check once they exist.',
        tags: TAGS,
        params: strictObject({ personId: personParam }),
        querystring: strictObject({
          checkInId: z.uuid('must be a check-in id').optional().describe('Only this check-in’s'),
        }),
        response: {
          200: z.object({ sessions: z.array(sessionRecordSchema) }),
          400: apiErrorSchema,
          ...refused,
        },
      },
    },
    async (request) => {
      const person = personOf(request);
      const list = await ctx.repos.practiceSessions.listForPerson(
        person.id,
        request.query.checkInId,
      );
      await audit(request, person, 'session.list', 'allowed');
      return { sessions: list.map(publicSession) };
    },
  );

  done();
};
