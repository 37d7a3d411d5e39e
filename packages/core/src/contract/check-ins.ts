import { z } from 'zod';
import { assessmentRecordSchema, assessmentSchema } from '../assessment/assessment-schema.js';
import { planOutcomeSchema } from '../plan/plan-schema.js';
import { isoTime } from './fields.js';
import { personParam } from './people.js';
import { strictObject } from '../strict-object.js';

// /api/people/:personId/check-ins: saved check-ins, each an assessment and the plan or referral
// made from it.

/** POST: the assessment (its own schema, core's, refuses unknown keys). */
export const checkInBody = strictObject({ assessment: assessmentSchema });

export const checkInParams = strictObject({ personId: personParam, id: z.string().max(100) });

/** 201 to a POST. */
export const createdCheckInSchema = z.object({
  id: z.string(),
  createdAt: isoTime,
  outcome: planOutcomeSchema,
});

export const checkInSummarySchema = z
  .object({
    id: z.string(),
    createdAt: isoTime,
    outcomeKind: z.enum(['plan', 'referral']),
  })
  .meta({ id: 'CheckInSummary' });

export const checkInListSchema = z.object({ checkIns: z.array(checkInSummarySchema) });

export const checkInSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    createdBy: z.string().nullable().describe('Null once the author’s account is deleted'),
    createdAt: isoTime,
    outcomeKind: z.enum(['plan', 'referral']),
    // As stored: a check-in saved before a rule was added still reads back.
    assessment: assessmentRecordSchema,
    outcome: planOutcomeSchema,
  })
  .meta({ id: 'CheckIn' });

export type CheckInBody = z.infer<typeof checkInBody>;
export type CreatedCheckIn = z.infer<typeof createdCheckInSchema>;
export type CheckInSummary = z.infer<typeof checkInSummarySchema>;
export type CheckInList = z.infer<typeof checkInListSchema>;
export type SavedCheckIn = z.infer<typeof checkInSchema>;
