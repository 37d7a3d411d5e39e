import { z } from 'zod';
import { nextDaySchema, sessionLogSchema, sessionStartSchema } from '../session/session-record.js';
import { personParam } from './people.js';
import { strictObject } from '../strict-object.js';

// /api/people/:personId/sessions/:sessionId[/log|/next-day]: guided practice sessions. The bodies
// of the three PUTs are the session record's own schemas (core's session/session-record.ts):
// sessionStartSchema, sessionLogSchema and nextDaySchema.

export const sessionParams = strictObject({
  personId: personParam,
  sessionId: z
    .uuid('must be a UUID made by the client')
    .describe('Made by the client (a random UUID), so a retried upload stores one session'),
});

export const sessionListQuery = strictObject({
  checkInId: z.uuid('must be a check-in id').optional().describe('Only this check-in’s'),
});

export const practiceSessionSchema = sessionStartSchema
  .extend({
    id: z.string(),
    log: sessionLogSchema.optional().describe('Absent until the session’s log arrives'),
    nextDay: nextDaySchema.optional().describe('Absent until the next day’s check arrives'),
  })
  .meta({
    id: 'PracticeSession',
    description: 'A guided session: its start, its log and its next-day check. Times in UTC.',
  });

export const practiceSessionListSchema = z.object({ sessions: z.array(practiceSessionSchema) });

export type PracticeSession = z.infer<typeof practiceSessionSchema>;
export type PracticeSessionList = z.infer<typeof practiceSessionListSchema>;
