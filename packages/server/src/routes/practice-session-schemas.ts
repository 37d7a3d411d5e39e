import { nextDaySchema, sessionLogSchema, sessionStartSchema } from '@acupress/core';
import { z } from 'zod';
import type { StoredSession } from '../storage/practice-session-repository.js';
import { apiErrorSchema } from './api-schemas.js';
import { strictObject } from './strict-object.js';

export const personParam = z
  .string()
  .max(100)
  .describe("The person's account id, or 'me' for the signed-in account");

export const sessionParams = strictObject({
  personId: personParam,
  sessionId: z
    .uuid('must be a UUID made by the client')
    .describe('Made by the client (a random UUID), so a retried upload stores one session'),
});

export const sessionRecordSchema = sessionStartSchema
  .extend({
    id: z.string(),
    log: sessionLogSchema.optional().describe('Absent until the session’s log arrives'),
    nextDay: nextDaySchema.optional().describe('Absent until the next day’s check arrives'),
  })
  .meta({
    id: 'PracticeSession',
    description: 'A guided session: its start, its log and its next-day check. Times in UTC.',
  });

export const refused = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** What the API shows of a stored session: the record, not who stored it or when it arrived. */
export const publicSession = (s: StoredSession): z.infer<typeof sessionRecordSchema> => ({
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
