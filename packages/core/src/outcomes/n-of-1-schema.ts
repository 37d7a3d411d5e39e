import { z } from 'zod';
import { isoTimeSchema, nrsSchema } from '../session/session-record.js';
import {
  N_OF_1_ALPHA,
  N_OF_1_BLOCK_DAYS,
  N_OF_1_CONFIDENCE,
  N_OF_1_MAX_BLOCK_DAYS,
  N_OF_1_MAX_PAIRS,
  N_OF_1_MIN_BLOCK_DAYS,
  N_OF_1_MIN_COUNTED_DAYS,
  N_OF_1_MIN_PAIRS,
  N_OF_1_PAIRS,
} from './n-of-1-defaults.js';
import { MIC } from './outcome-defaults.js';

// The personal experiment (N-of-1) as schemas: what the person asks for, the design as it is
// registered and locked (seed and allocation), the daily evening ratings, and the result. Bodies
// the API takes are strict: an unknown key is a 400 that names it.

const whole = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be ${min} to ${max}`)
    .max(max, `must be ${min} to ${max}`);

export const isoDateSchema = z.iso.date({ message: 'must be a date, e.g. 2026-12-01' });

export const nOf1AlternativeSchema = z.enum(['two-sided', 'acupressure-lower']);
export const pairOrderSchema = z.enum(['acupressure-first', 'usual-care-first']);

const washoutFits = (d: { blockDays: number; washoutDays: number }, ctx: z.RefinementCtx) => {
  if (d.blockDays - d.washoutDays < N_OF_1_MIN_COUNTED_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['washoutDays'],
      message: `must leave at least ${N_OF_1_MIN_COUNTED_DAYS} counted days in each block of ${d.blockDays}`,
    });
};

/** What the person chooses before the experiment starts. */
export const nOf1RequestSchema = z
  .strictObject({
    /** The first day of the first block, in the person's calendar. */
    startDate: isoDateSchema,
    blockDays: whole(N_OF_1_MIN_BLOCK_DAYS, N_OF_1_MAX_BLOCK_DAYS).default(N_OF_1_BLOCK_DAYS),
    pairs: whole(N_OF_1_MIN_PAIRS, N_OF_1_MAX_PAIRS).default(N_OF_1_PAIRS),
    /** Days at the start of each block not counted (carry-over from the block before). */
    washoutDays: whole(0, N_OF_1_MAX_BLOCK_DAYS - N_OF_1_MIN_COUNTED_DAYS).default(0),
    /** Two-sided (any difference), or one-sided: acupressure blocks lower. */
    alternative: nOf1AlternativeSchema.default('two-sided'),
  })
  .superRefine(washoutFits);

/** The registered analysis: fixed before the first day, shown with the result. */
export const nOf1AnalysisSchema = z.strictObject({
  statistic: z.literal('mean-pair-difference'),
  test: z.literal('exact-randomisation'),
  alternative: nOf1AlternativeSchema,
  alpha: z.literal(N_OF_1_ALPHA),
  confidence: z.literal(N_OF_1_CONFIDENCE),
  /** The difference compared with: Ostelo 2008's 2 points. */
  meaningfulPoints: z.literal(MIC.points),
});

/** The design as registered. The allocation must be the one its seed gives (checked on parse). */
export const nOf1DesignBaseSchema = z.strictObject({
  registeredAt: isoTimeSchema,
  startDate: isoDateSchema,
  blockDays: whole(N_OF_1_MIN_BLOCK_DAYS, N_OF_1_MAX_BLOCK_DAYS),
  pairs: whole(N_OF_1_MIN_PAIRS, N_OF_1_MAX_PAIRS),
  washoutDays: whole(0, N_OF_1_MAX_BLOCK_DAYS - N_OF_1_MIN_COUNTED_DAYS),
  /** The outcome: pain 0–10 each evening. */
  outcome: z.literal('evening-pain-nrs'),
  analysis: nOf1AnalysisSchema,
  prng: z.literal('mulberry32'),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Pair by pair: which block comes first. */
  allocation: z.array(pairOrderSchema).min(N_OF_1_MIN_PAIRS).max(N_OF_1_MAX_PAIRS),
});

export const dailyRatingSchema = z.strictObject({ date: isoDateSchema, nrs: nrsSchema });
export const dailyRatingsSchema = z.array(dailyRatingSchema).max(400);

const blockSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The first day that counts (after the washout days). */
  countedFrom: z.string(),
  ratings: z.number().int(),
  meanNrs: z.number().optional(),
});

export const nOf1CaveatSchema = z.object({
  kind: z.enum([
    'personal',
    'not-blinded',
    'carry-over',
    'few-blocks',
    'time',
    'stopped-early',
    'missing',
  ]),
  text: z.string(),
});

export const nOf1ResultSchema = z.object({
  label: z.string(),
  /** When the design was registered: shown with the result. */
  registeredAt: z.string(),
  status: z.enum(['not-started', 'running', 'complete', 'stopped-early']),
  startDate: z.string(),
  endDate: z.string(),
  analysis: nOf1AnalysisSchema,
  pairsPlanned: z.number().int(),
  pairsComplete: z.number().int(),
  pairsAnalysed: z.number().int(),
  pairs: z.array(
    z.object({
      pair: z.number().int(),
      order: pairOrderSchema,
      acupressure: blockSchema,
      usualCare: blockSchema,
      /** Acupressure block mean − usual-care block mean: negative is less pain with acupressure. */
      difference: z.number().optional(),
      analysed: z.boolean(),
    }),
  ),
  /** Mean of the analysed pairs' differences (acupressure − usual care). */
  estimate: z.number().optional(),
  interval: z
    .object({
      low: z.number(),
      high: z.number(),
      confidence: z.number(),
      achievedConfidence: z.number(),
    })
    .optional(),
  pValue: z.number().optional(),
  allocationsCounted: z.number().int().optional(),
  smallestPossibleP: z.number().optional(),
  verdict: z.enum([
    'in-progress',
    'too-little-data',
    'acupressure-lower-meaningful',
    'acupressure-lower-small',
    'no-clear-difference',
    'acupressure-higher',
  ]),
  text: z.string(),
  caveats: z.array(nOf1CaveatSchema),
});

export const nOf1DaySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('not-started'),
    startsOn: z.string(),
    daysUntil: z.number().int(),
    text: z.string(),
  }),
  z.object({
    status: z.literal('running'),
    day: z.number().int(),
    totalDays: z.number().int(),
    pair: z.number().int(),
    block: z.number().int(),
    blocks: z.number().int(),
    condition: z.enum(['acupressure', 'usual-care']),
    dayOfBlock: z.number().int(),
    counted: z.boolean(),
    blockEndsOn: z.string(),
    text: z.string(),
  }),
  z.object({ status: z.literal('finished'), endedOn: z.string(), text: z.string() }),
]);

export type NOf1Request = z.input<typeof nOf1RequestSchema>;
export type NOf1Analysis = z.infer<typeof nOf1AnalysisSchema>;
export type NOf1Design = z.infer<typeof nOf1DesignBaseSchema>;
export type PairOrder = z.infer<typeof pairOrderSchema>;
export type DailyRating = z.infer<typeof dailyRatingSchema>;
export type NOf1Caveat = z.infer<typeof nOf1CaveatSchema>;
export type NOf1Result = z.infer<typeof nOf1ResultSchema>;
export type NOf1Day = z.infer<typeof nOf1DaySchema>;
