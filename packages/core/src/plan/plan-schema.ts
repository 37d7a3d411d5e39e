import { z } from 'zod';
import { TEMPLATE_IDS } from '../atlas/templates/index.js';
import { REFERRAL_FLAG_IDS } from '../assessment/red-flags.js';
import { SOURCE_KEYS } from '../atlas/vocabulary.js';
import type { PlanOutcome } from './plan-types.js';

// The plan engine's output as a schema, for the OpenAPI document and docs/schemas. A type test
// below keeps it equal to plan-types.ts.

const sourceKey = z.enum(SOURCE_KEYS);
const side = z.enum(['left', 'right', 'midline']);
const urgency = z.enum(['emergency', 'same-day', 'urgent', 'soon']);
const statement = z.object({ text: z.string(), source: sourceKey });

const stepBase = {
  sides: z.array(side),
  position: z.string(),
  holdSeconds: z.number().int(),
  pressureTarget: z.number().min(0).max(10),
  cues: z.array(z.string()),
  aid: z.string().optional(),
  reason: z.string(),
  source: sourceKey,
};

export const planStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), pointId: z.string(), name: z.string(), ...stepBase }),
  z.object({
    kind: z.literal('ashi'),
    ashiIndex: z.number().int(),
    label: z.string(),
    template: z.enum(
      TEMPLATE_IDS as [(typeof TEMPLATE_IDS)[number], ...(typeof TEMPLATE_IDS)[number][]],
    ),
    x: z.number(),
    y: z.number(),
    ...stepBase,
  }),
]);

export const planSchema = z.object({
  kind: z.literal('plan'),
  steps: z.array(planStepSchema),
  decisions: z.array(
    z.object({
      category: z.enum(['included', 'safety', 'how', 'time', 'not-indicated']),
      id: z.string(),
      included: z.boolean(),
      sides: z.array(side),
      reason: z.string(),
      source: sourceKey,
    }),
  ),
  totalSeconds: z.number().int(),
  budgetSeconds: z.number().int(),
  pressure: z.object({ target: z.number(), reason: z.string(), source: sourceKey }),
  advice: z.array(statement).optional(),
  watch: z.array(statement),
  notes: z.array(statement),
});

export const referralSchema = z.object({
  kind: z.literal('referral'),
  urgency,
  advice: z.string(),
  groups: z.array(
    z.object({
      group: z.enum(['cauda-equina', 'cancer', 'infection', 'fracture', 'clot', 'other']),
      label: z.string(),
      urgency,
      flags: z.array(z.object({ id: z.enum(REFERRAL_FLAG_IDS), reported: z.string() })),
    }),
  ),
  summary: z.object({
    reported: z.array(z.string()),
    pain: z.array(z.string()),
    radiation: z.string(),
    duration: z.string(),
    onset: z.string(),
    nrs: z.number().int().optional(),
  }),
});

export const planOutcomeSchema = z.discriminatedUnion('kind', [planSchema, referralSchema]);

// Compile-time check: the schema and the hand-written types describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof planOutcomeSchema>, PlanOutcome> = true;
void sameShape;
