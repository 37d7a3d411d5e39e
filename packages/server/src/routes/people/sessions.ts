import {
  apiErrorSchema,
  nextDaySchema,
  personParams,
  practiceSessionListSchema,
  practiceSessionSchema,
  sessionListQuery,
  sessionLogSchema,
  sessionParams,
  sessionStartSchema,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';

import { healthRecordAccess, recordAccessOf } from '../../http/workflow-input.js';
import {
  listSessions,
  logSession,
  recordNextDay,
  startSession,
} from '../../records/practice-sessions.js';

const TAGS = ['guided sessions'];
const refused = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
/** A PUT's answers: the session as stored, or why not (409: another part is stored already). */
const stored = { 200: practiceSessionSchema, 400: apiErrorSchema, 409: apiErrorSchema, ...refused };
const write = (action: 'session.start' | 'session.log' | 'session.next-day') =>
  healthRecordAccess('health.write', {
    action,
    resourceType: 'practice-session',
    resourceParam: 'sessionId',
  });

/**
 * Guided sessions: the start, the log and the next-day check, each a PUT to the session's own
 * id (a UUID the client made), so the offline outbox can send them again until one answer
 * arrives, without ever making a second session. Access is the check-ins' ('health.read' and
 * 'health.write' on the person); every access, allowed or refused, is in the audit log
 * (records/practice-sessions.ts).
 */
export const practiceSessionRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.put(
    '/api/people/:personId/sessions/:sessionId',
    {
      config: { access: write('session.start') },
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
        response: { ...stored, 201: practiceSessionSchema },
      },
    },
    async (request, reply) => {
      const { params, body } = request;
      const started = await startSession(ctx, recordAccessOf(request), params.sessionId, body);
      const { created, session } = valueOf(started);
      return reply.code(created ? 201 : 200).send(session);
    },
  );

  app.put(
    '/api/people/:personId/sessions/:sessionId/log',
    {
      config: { access: write('session.log') },
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
        response: stored,
      },
    },
    async (request) =>
      valueOf(
        await logSession(ctx, recordAccessOf(request), request.params.sessionId, request.body),
      ),
  );

  app.put(
    '/api/people/:personId/sessions/:sessionId/next-day',
    {
      config: { access: write('session.next-day') },
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
        response: stored,
      },
    },
    async (request) =>
      valueOf(
        await recordNextDay(ctx, recordAccessOf(request), request.params.sessionId, request.body),
      ),
  );

  app.get(
    '/api/people/:personId/sessions',
    {
      config: {
        access: healthRecordAccess('health.read', {
          action: 'session.list',
          resourceType: 'practice-session',
        }),
      },
      schema: {
        summary: "A person's guided sessions, oldest first",
        description: 'Each with its log and next-day check once they exist.',
        tags: TAGS,
        params: personParams,
        querystring: sessionListQuery,
        response: { 200: practiceSessionListSchema, 400: apiErrorSchema, ...refused },
      },
    },
    async (request) =>
      valueOf(await listSessions(ctx, recordAccessOf(request), request.query.checkInId)),
  );

  done();
};
