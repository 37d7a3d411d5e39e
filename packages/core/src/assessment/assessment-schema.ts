import { z } from 'zod';
import { SITE_AREAS } from '../atlas/body-areas.js';
import { TEMPLATE_IDS } from '../atlas/templates/index.js';
import { fail, ok, type FieldIssue, type Result } from '../result.js';
import { fieldIssues as issuesOf, strictObject } from '../strict-object.js';
import { checkAssessment } from './assessment-rules.js';
import { PAIN_REGION_IDS } from './pain-regions.js';
import { RED_FLAG_IDS } from './red-flags.js';
import { SITE_KINDS } from './site-kinds.js';

// The assessment a plan is made from: pain map, red-flag screen, safety profile, questionnaires,
// tender spots and preferences. The schema is the single definition (types are inferred from it),
// shared by the web check-in, the HTTP API (and its OpenAPI document) and the CLI. Every object
// refuses keys it does not know: a misspelt answer is named, never dropped.

const score010 = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 to 10')
  .max(10, 'must be 0 to 10');

export const painQualitySchema = z.enum([
  'aching',
  'sharp',
  'burning',
  'shooting',
  'numb-tingling',
]);

export const painMarkSchema = strictObject({
  region: z.enum(PAIN_REGION_IDS as [string, ...string[]]),
  intensity: score010,
  quality: painQualitySchema,
});

// Duration classes: acute under 6 weeks, subacute 6–12, chronic over 12.
export const durationSchema = z.enum(['acute', 'subacute', 'chronic']);

export const radiationSchema = strictObject({
  side: z.enum(['none', 'left', 'right', 'both']),
  extent: z.enum(['above-knee', 'below-knee']).optional(),
  /**
   * The person's answer when the pain map shows both legs below the buttock but the pain is not
   * said to spread down both: true means the leg pain does not come from the back.
   */
  separateLegPain: z.boolean().optional(),
});

export const siteProblemSchema = strictObject({
  // docs/clinical-sources.md#do-not-press: the places not to press on.
  kind: z.enum(SITE_KINDS),
  /** A body area; an area contains its parts (the lower leg holds the calf and the shin). */
  region: z.enum(SITE_AREAS),
  side: z.enum(['left', 'right', 'both', 'midline']),
});

const profileShape = {
  pregnancy: z.enum(['no', 'yes', 'unsure']),
  /** Anticoagulants, a bleeding disorder or low platelets. */
  bleedingRisk: z.boolean(),
  /** Osteoporosis or long-term steroids. */
  boneFragility: z.boolean(),
  /** Skin that tears or bruises easily (docs/clinical-sources.md#do-not-press: caution). */
  fragileSkin: z.boolean(),
  sites: z.array(siteProblemSchema).max(30).default([]),
};
export const profileSchema = strictObject(profileShape);

const agreeItems = z.tuple([
  z.boolean(),
  z.boolean(),
  z.boolean(),
  z.boolean(),
  z.boolean(),
  z.boolean(),
  z.boolean(),
  z.boolean(),
]);

export const questionnairesSchema = strictObject({
  nrs: score010.optional(),
  peg: strictObject({ pain: score010, enjoyment: score010, activity: score010 }).optional(),
  startBack: strictObject({
    agree: agreeItems,
    bother: z.enum(['not-at-all', 'slightly', 'moderately', 'very-much', 'extremely']),
  }).optional(),
});

export const ashiMarkSchema = strictObject({
  template: z.enum(TEMPLATE_IDS as [string, ...string[]]),
  /** Position in the template's SVG coordinates. */
  x: z.number().finite(),
  y: z.number().finite(),
  /**
   * On a drawing of one limb (the leg, the foot, the hand): which one, or both. On a drawing of
   * the whole body the side is where the spot is, so it is not given.
   */
  side: z.enum(['left', 'right', 'both']).optional(),
  note: z.string().trim().max(200).optional(),
});

export const preferencesSchema = strictObject({
  mode: z.enum(['self-care', 'practitioner']),
  minutes: z
    .number()
    .int('must be whole minutes')
    .min(5, 'must be 5 to 120')
    .max(120, 'must be 5 to 120'),
  sides: z.enum(['both', 'left', 'right']),
});

const redFlagAnswers = strictObject(
  Object.fromEntries(
    RED_FLAG_IDS.map((id) => [id, z.boolean({ error: 'answer yes (true) or no (false)' })]),
  ) as Record<(typeof RED_FLAG_IDS)[number], z.ZodBoolean>,
);

const assessmentShape = {
  pain: z.array(painMarkSchema).max(PAIN_REGION_IDS.length),
  radiation: radiationSchema,
  duration: durationSchema,
  onset: z.enum(['sudden-strain', 'gradual']),
  /** Every red-flag question answered: an unanswered flag is never taken as "no". */
  redFlags: redFlagAnswers,
  profile: profileSchema,
  questionnaires: questionnairesSchema.default({}),
  ashi: z.array(ashiMarkSchema).max(20).default([]),
  preferences: preferencesSchema,
};

/** The assessment as a client sends it: every rule checked, every problem named by its field. */
export const assessmentSchema = strictObject(assessmentShape).superRefine((a, ctx) =>
  checkAssessment(a, ctx, 'input'),
);

/**
 * An assessment as stored with a check-in, for reading it back: the same shape, but what an
 * earlier version of Acupress did not ask (fragile skin) reads as not reported, and rules added
 * since (the pain map agreeing with the answers, the side of a limb's tender spot) are not
 * re-applied to what was already accepted.
 */
export const assessmentRecordSchema = strictObject({
  ...assessmentShape,
  profile: strictObject({ ...profileShape, fragileSkin: z.boolean().default(false) }),
}).superRefine((a, ctx) => checkAssessment(a, ctx, 'record'));

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;
export type PainMark = z.infer<typeof painMarkSchema>;
export type Radiation = z.infer<typeof radiationSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
export type AshiMark = z.infer<typeof ashiMarkSchema>;
export type SiteProblem = z.infer<typeof siteProblemSchema>;

/** Zod issues as field issues with dotted paths (`pain.0.intensity`), unknown keys named. */
export const fieldIssues = (error: z.ZodError): FieldIssue[] => issuesOf(error);

/** Validates an assessment; every problem is reported with its field. */
export function parseAssessment(input: unknown): Result<Assessment> {
  const parsed = assessmentSchema.safeParse(input);
  return parsed.success
    ? ok(parsed.data)
    : fail('VALIDATION', 'the assessment is not valid', fieldIssues(parsed.error));
}
