import { z } from 'zod';
import { SOURCE_KEYS } from '../atlas/vocabulary.js';

// A person's progress report, as a schema: the single definition of its type, of the HTTP API's
// response and of the web's reading of it. Numbers are exact (unrounded); texts round for display.

/** The clinical sources the reports cite: the atlas's, and the questionnaires' and guidelines'. */
export const OUTCOME_SOURCE_KEYS = [
  ...SOURCE_KEYS,
  'Krebs2009',
  'Hill2008',
  'Hill2011',
  'LBPGuidelines',
] as const;
export const outcomeSourceSchema = z.enum(OUTCOME_SOURCE_KEYS);

const statement = z.object({ text: z.string(), source: outcomeSourceSchema });

export const dataNeedSchema = z.object({
  /** What more data would change the picture. */
  what: z.enum(['weeks', 'sessions', 'recent-session', 'rated-sessions', 'weeks-with-ratings']),
  more: z.number().int().min(1),
  text: z.string(),
});

const notEnough = z.object({
  status: z.literal('not-enough-data'),
  needs: z.array(dataNeedSchema).min(1),
  text: z.string(),
  source: outcomeSourceSchema,
});

const changeRule = z.enum(['2-points', '30-percent']);

export const changeFromStartSchema = z.discriminatedUnion('status', [
  notEnough,
  z.object({
    status: z.literal('measured'),
    startNrs: z.number(),
    startFrom: z.enum(['check-in', 'first-session']),
    /** Mean before-session pain of the last 7 days, and how many ratings it averages. */
    nowNrs: z.number(),
    nowRatings: z.number().int(),
    /** now − start: negative is lower pain. */
    changePoints: z.number(),
    /** (now − start) / start × 100; absent when the start was 0. */
    changePercent: z.number().optional(),
    verdict: z.enum(['meaningful-improvement', 'no-meaningful-change', 'meaningful-worsening']),
    /** Which of Ostelo 2008's rules the change met (in the verdict's direction). */
    rulesMet: z.array(changeRule),
    /** When the start was higher than the first week's typical (median) rating. */
    highStart: z
      .object({
        firstWeekMedian: z.number(),
        changePoints: z.number(),
        rulesMet: z.array(changeRule),
        text: z.string(),
      })
      .optional(),
    text: z.string(),
    source: outcomeSourceSchema,
  }),
]);

export const immediateEffectSchema = z.discriminatedUnion('status', [
  notEnough,
  z.object({
    status: z.literal('measured'),
    /** Sessions in the window with pain rated before and after. */
    sessions: z.number().int(),
    /** Hodges–Lehmann estimate of after − before: negative is lower pain after the session. */
    estimate: z.number(),
    low: z.number(),
    high: z.number(),
    confidence: z.number(),
    achievedConfidence: z.number(),
    method: z.enum(['exact', 'normal']),
    text: z.string(),
  }),
]);

export const weeklyPainSchema = z.object({
  week: z.number().int(),
  weekStart: z.string(),
  /** Mean before-session pain that week. */
  meanNrs: z.number(),
  ratings: z.number().int(),
});

export const weeklyTrendSchema = z.object({
  /** Weeks of the window with at least one rating (weeks without are left out, not zero). */
  weeks: z.array(weeklyPainSchema),
  trend: z.discriminatedUnion('status', [
    notEnough,
    z.object({
      status: z.literal('measured'),
      /** Theil–Sen slope, points per week: negative is falling pain. */
      slopePerWeek: z.number(),
      intercept: z.number(),
      low: z.number(),
      high: z.number(),
      confidence: z.number(),
      direction: z.enum(['falling', 'rising', 'no-clear-trend']),
      text: z.string(),
    }),
  ]),
});

const pegAt = z.object({ at: z.string(), score: z.number() });
const startBackAt = z.object({
  at: z.string(),
  total: z.number().int(),
  psychosocial: z.number().int(),
  risk: z.enum(['low', 'medium', 'high']),
});

export const questionnaireChangeSchema = z.object({
  peg: z
    .object({
      first: pegAt,
      latest: pegAt.optional(),
      changePoints: z.number().optional(),
      changePercent: z.number().optional(),
      text: z.string(),
      source: outcomeSourceSchema,
    })
    .optional(),
  startBack: z
    .object({
      first: startBackAt,
      latest: startBackAt.optional(),
      text: z.string(),
      source: outcomeSourceSchema,
    })
    .optional(),
});

export const outcomeWeekSchema = z.object({
  week: z.number().int(),
  weekStart: z.string(),
  /** Whether the week has ended (the current week is counted so far). */
  complete: z.boolean(),
  sessions: z.number().int(),
  logged: z.number().int(),
  pressedSeconds: z.number(),
  plannedSeconds: z.number(),
});

export const outcomeAdherenceSchema = z.object({
  weeks: z.array(outcomeWeekSchema),
  /** How often: sessions a week over the window's complete weeks, against the plan's frequency. */
  frequency: z.object({
    completeWeeks: z.number().int(),
    sessionsPerWeek: z.number().optional(),
    plannedPerWeek: z.number().optional(),
    text: z.string(),
  }),
  /** How much: minutes pressed against minutes planned, in the sessions logged. */
  minutes: z.object({
    loggedSessions: z.number().int(),
    pressedSeconds: z.number(),
    plannedSeconds: z.number(),
    /** pressed / planned; absent when nothing was planned. */
    ratio: z.number().optional(),
    text: z.string(),
  }),
});

export const caveatSchema = z.object({
  kind: z.enum(['natural-course', 'regression-to-the-mean', 'cannot-tell-why', 'exercise-first']),
  text: z.string(),
  source: outcomeSourceSchema.optional(),
});

export const progressReportSchema = z.object({
  asOf: z.string(),
  /** Whole weeks since the first session (0 without sessions). */
  weeks: z.number().int(),
  /** The practice weeks the statistics read: the last 8 (an Acupress default). */
  window: z
    .object({ firstWeek: z.number().int(), lastWeek: z.number().int(), from: z.string() })
    .optional(),
  headline: statement,
  changeFromStart: changeFromStartSchema,
  immediateEffect: immediateEffectSchema,
  weeklyPain: weeklyTrendSchema,
  questionnaires: questionnaireChangeSchema,
  adherence: outcomeAdherenceSchema,
  caveats: z.array(caveatSchema),
});

export type OutcomeSourceKey = z.infer<typeof outcomeSourceSchema>;
export type DataNeed = z.infer<typeof dataNeedSchema>;
export type NotEnoughData = z.infer<typeof notEnough>;
export type ChangeFromStart = z.infer<typeof changeFromStartSchema>;
export type ImmediateEffect = z.infer<typeof immediateEffectSchema>;
export type WeeklyPain = z.infer<typeof weeklyPainSchema>;
export type WeeklyTrend = z.infer<typeof weeklyTrendSchema>;
export type QuestionnaireChange = z.infer<typeof questionnaireChangeSchema>;
export type OutcomeWeek = z.infer<typeof outcomeWeekSchema>;
export type OutcomeAdherence = z.infer<typeof outcomeAdherenceSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type ProgressReport = z.infer<typeof progressReportSchema>;
