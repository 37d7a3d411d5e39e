import { z } from 'zod';
import { SOURCE_KEYS } from '../atlas/vocabulary.js';
import { planSchema } from '../plan/plan-schema.js';
import { sessionStartSchema } from '../session/session-record.js';
import type { Care } from './care-types.js';

// careFor's output as a schema, for the HTTP API and its OpenAPI document. The type check at the
// bottom keeps it equal to care-types.ts.

const sourceKey = z.enum(SOURCE_KEYS);
const statement = z.object({ text: z.string(), source: sourceKey });

export const careChangeSchema = z.object({
  kind: z.enum([
    'pressure-lowered',
    'site-resting',
    'paused-swelling',
    'paused-worse',
    'review-suggested',
  ]),
  text: z.string(),
  source: sourceKey,
  site: z.string().optional(),
  until: z.string().optional(),
  since: z.string().optional(),
  sessionId: z.string().optional(),
});

export const sessionSummarySchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  beforeNrs: z.number(),
  afterNrs: z.number().optional(),
  plannedSeconds: z.number(),
  pressedSeconds: z.number(),
  minutesRatio: z.number().optional(),
  logged: z.boolean(),
});

export const weekSummarySchema = z.object({
  weekStart: z.string(),
  week: z.number().int(),
  sessions: z.number().int(),
  plannedSessions: z.number().int(),
  sessionsRatio: z.number(),
  logged: z.number().int(),
  pressedSeconds: z.number(),
  plannedSeconds: z.number(),
  minutesRatio: z.number().optional(),
});

export const progressSchema = z.object({
  verdict: z.enum(['too-little-data', 'improving', 'no-meaningful-change', 'worse']),
  text: z.string(),
  source: sourceKey,
  baselineNrs: z.number().optional(),
  recentNrs: z.number().optional(),
  weeks: z.number().int(),
});

export const careSchema = z.object({
  status: z.enum(['ready', 'paused']),
  plan: planSchema,
  pressureTarget: z.number(),
  changes: z.array(careChangeSchema),
  pause: z
    .object({
      reasons: z.array(statement),
      advice: z.string(),
      lifts: z.string(),
      urgency: z.literal('same-day').optional(),
    })
    .optional(),
  history: z.array(sessionSummarySchema),
  weeks: z.array(weekSummarySchema),
  progress: progressSchema,
  nextDayDue: z
    .object({
      sessionId: z.string(),
      startedAt: z.string(),
      steps: sessionStartSchema.shape.steps,
    })
    .optional(),
});

// Compile-time check: the schema and the hand-written types describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof careSchema>, Care> = true;
void sameShape;
