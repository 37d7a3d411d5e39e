import { z } from 'zod';
import { TEMPLATES, TEMPLATE_IDS } from '../atlas/templates/index.js';
import { REGIONS } from '../atlas/vocabulary.js';
import { fail, ok, type FieldIssue, type Result } from '../result.js';
import { PAIN_REGION_IDS } from './pain-regions.js';
import { RED_FLAG_IDS } from './red-flags.js';

// The assessment a plan is made from: pain map, red-flag screen, safety profile, questionnaires,
// ashi spots and preferences. The schema is the single definition (types are inferred from it),
// shared by the web wizard, the HTTP API (and its OpenAPI document) and the CLI.

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

export const painMarkSchema = z.object({
  region: z.enum(PAIN_REGION_IDS as [string, ...string[]]),
  intensity: score010,
  quality: painQualitySchema,
});

// Duration classes (issue 4): acute under 6 weeks, subacute 6–12, chronic over 12.
export const durationSchema = z.enum(['acute', 'subacute', 'chronic']);

export const radiationSchema = z.object({
  side: z.enum(['none', 'left', 'right', 'both']),
  extent: z.enum(['above-knee', 'below-knee']).optional(),
});

const atlasRegion = z.enum(REGIONS);

export const siteProblemSchema = z.object({
  // clinical-facts §5, do not press on: broken or irritated skin; varicose veins; new scars and
  // fractures; inflamed or swollen areas.
  kind: z.enum(['skin', 'varicose-veins', 'surgery-or-fracture', 'swollen-or-inflamed']),
  region: atlasRegion,
  side: z.enum(['left', 'right', 'both', 'midline']),
});

export const profileSchema = z.object({
  pregnancy: z.enum(['no', 'yes', 'unsure']),
  /** Anticoagulants, a bleeding disorder or low platelets. */
  bleedingRisk: z.boolean(),
  /** Osteoporosis or long-term steroids. */
  boneFragility: z.boolean(),
  sites: z.array(siteProblemSchema).max(30).default([]),
});

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

export const questionnairesSchema = z.object({
  nrs: score010.optional(),
  peg: z.object({ pain: score010, enjoyment: score010, activity: score010 }).optional(),
  startBack: z
    .object({
      agree: agreeItems,
      bother: z.enum(['not-at-all', 'slightly', 'moderately', 'very-much', 'extremely']),
    })
    .optional(),
});

export const ashiMarkSchema = z.object({
  template: z.enum(TEMPLATE_IDS as [string, ...string[]]),
  /** Position in the template's SVG coordinates. */
  x: z.number().finite(),
  y: z.number().finite(),
  note: z.string().trim().max(200).optional(),
});

export const preferencesSchema = z.object({
  mode: z.enum(['self-care', 'practitioner']),
  minutes: z
    .number()
    .int('must be whole minutes')
    .min(5, 'must be 5 to 120')
    .max(120, 'must be 5 to 120'),
  sides: z.enum(['both', 'left', 'right']),
});

const redFlagAnswers = z.object(
  Object.fromEntries(
    RED_FLAG_IDS.map((id) => [id, z.boolean({ error: 'answer yes (true) or no (false)' })]),
  ) as Record<(typeof RED_FLAG_IDS)[number], z.ZodBoolean>,
);

export const assessmentSchema = z
  .object({
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
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.pain.forEach((m, i) => {
      if (seen.has(m.region))
        ctx.addIssue({
          code: 'custom',
          path: ['pain', i, 'region'],
          message: `region '${m.region}' is marked twice`,
        });
      seen.add(m.region);
    });
    if (a.pain.length === 0 && a.ashi.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['pain'],
        message: 'mark at least one painful region or tender spot',
      });
    }
    if (a.radiation.side === 'none' && a.radiation.extent) {
      ctx.addIssue({
        code: 'custom',
        path: ['radiation', 'extent'],
        message: 'contradicts radiation.side "none": leave it out, or give the side',
      });
    }
    if (a.radiation.side !== 'none' && !a.radiation.extent) {
      ctx.addIssue({
        code: 'custom',
        path: ['radiation', 'extent'],
        message: 'say whether the pain goes above-knee or below-knee',
      });
    }
    a.ashi.forEach((m, i) => {
      const t = TEMPLATES[m.template as keyof typeof TEMPLATES];
      if (m.x < 0 || m.x > t.width || m.y < 0 || m.y > t.height) {
        ctx.addIssue({
          code: 'custom',
          path: ['ashi', i],
          message: `must lie within the ${t.width}×${t.height} drawing of ${t.id}`,
        });
      }
    });
  });

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;
export type PainMark = z.infer<typeof painMarkSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
export type AshiMark = z.infer<typeof ashiMarkSchema>;
export type SiteProblem = z.infer<typeof siteProblemSchema>;

/** Zod issues as field issues with dotted paths (`pain.0.intensity`). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field: i.path.map(String).join('.') || '(body)',
    message: i.message,
  }));
}

/** Validates an assessment; every problem is reported with its field. */
export function parseAssessment(input: unknown): Result<Assessment> {
  const parsed = assessmentSchema.safeParse(input);
  return parsed.success
    ? ok(parsed.data)
    : fail('VALIDATION', 'the assessment is not valid', fieldIssues(parsed.error));
}
