import { careFor, careSchema, type Care, type SessionRecord } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { personOf } from '../../http/route-access.js';
import type { CheckIn, CheckInSummary } from '../../storage/check-in-repository.js';
import { personParam, refused } from '../practice-session-schemas.js';
import { strictObject } from '../strict-object.js';

const careAnswerSchema = z
  .object({
    checkIn: z
      .object({ id: z.string(), createdAt: z.string().describe('ISO 8601') })
      .nullable()
      .describe('The check-in whose plan the sessions follow; null before the first plan'),
    care: careSchema
      .nullable()
      .describe('The next session and progress so far; null while there is no plan to follow'),
  })
  .meta({ id: 'CareAnswer' });

/**
 * Care across sessions: the plan of the person's latest check-in with one, all their sessions
 * (any check-in), and core's `careFor` on them (the next session's plan, rest, pauses,
 * progress). Read-only, so 'health.read' on the person, audited like every read of health data.
 */
export const careRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  /**
   * Pain at the start of the practice: the check-in NRS of the earliest check-in any session
   * followed (check-ins saved at the same instant: the one whose session came first), else the
   * plan's own check-in's, else none (core then takes the first session's "before").
   */
  async function baselineOf(
    personId: string,
    checkIns: CheckInSummary[],
    sessions: readonly SessionRecord[],
    plan: CheckIn,
  ): Promise<number | undefined> {
    // Sessions come oldest first, so the first one seen of each check-in is its earliest.
    const firstSession = new Map<string, number>();
    sessions.forEach((s, i) => {
      if (!firstSession.has(s.checkInId)) firstSession.set(s.checkInId, i);
    });
    const [earliest] = checkIns
      .filter((c) => firstSession.has(c.id))
      .sort(
        (a, b) =>
          a.createdAt.getTime() - b.createdAt.getTime() ||
          (firstSession.get(a.id) ?? 0) - (firstSession.get(b.id) ?? 0),
      );
    const first =
      earliest && earliest.id !== plan.id
        ? await ctx.repos.checkIns.findForPerson(personId, earliest.id)
        : plan;
    return first?.assessment.questionnaires.nrs ?? plan.assessment.questionnaires.nrs;
  }

  app.get(
    '/api/people/:personId/care',
    {
      config: {
        access: {
          action: 'health.read',
          on: 'person',
          param: 'personId',
          audit: { action: 'care.read', resourceType: 'care' },
        },
      },
      schema: {
        summary: 'The next session, and progress so far',
        description:
          'The plan of the latest check-in that made one (a referral has none to follow), ' +
          'adapted by all the person’s sessions, whatever check-in they followed: the next ' +
          'session’s plan with sites resting and pressure lowered after soreness, a pause when ' +
          'it should stop, and an honest verdict on progress against the pain at the first ' +
          'check-in practised from.',
        tags: ['guided sessions'],
        params: strictObject({ personId: personParam }),
        response: { 200: careAnswerSchema, ...refused },
      },
    },
    async (request) => {
      const person = personOf(request);
      const checkIns = await ctx.repos.checkIns.listForPerson(person.id);
      const latest = checkIns.find((c) => c.outcomeKind === 'plan');
      const checkIn = latest && (await ctx.repos.checkIns.findForPerson(person.id, latest.id));
      let care: Care | null = null;
      if (checkIn?.outcome.kind === 'plan') {
        // Every session, whatever check-in it followed: a new check-in must not lift a site's
        // rest, the lowered pressure or a pause that earlier sessions called for.
        const sessions = await ctx.repos.practiceSessions.listForPerson(person.id);
        const baselineNrs = await baselineOf(person.id, checkIns, sessions, checkIn);
        care = careFor({
          plan: checkIn.outcome,
          checkInId: checkIn.id,
          checkInAt: checkIn.createdAt.toISOString(),
          ...(baselineNrs === undefined ? {} : { baselineNrs }),
          sessions,
          now: ctx.now().toISOString(),
        });
      }
      await ctx.audit.record(request, {
        action: 'care.read',
        resourceType: 'care',
        resourceId: checkIn?.id ?? null,
        personId: person.id,
        clinicId: person.clinicId,
        outcome: 'allowed',
      });
      return {
        checkIn: checkIn ? { id: checkIn.id, createdAt: checkIn.createdAt.toISOString() } : null,
        care,
      };
    },
  );

  done();
};
