import fc from 'fast-check';
import { SITE_AREAS } from '../atlas/body-areas.js';
import { TEMPLATES, TEMPLATE_IDS } from '../atlas/templates/index.js';
import type { TemplateId } from '../atlas/types.js';
import { onTheBody, painfulLegs } from '../assessment/assessment-rules.js';
import type { AssessmentInput } from '../assessment/assessment-schema.js';
import { PAIN_REGION_IDS } from '../assessment/pain-regions.js';
import { RED_FLAG_IDS } from '../assessment/red-flags.js';
import { SITE_KINDS } from '../assessment/site-kinds.js';

// Arbitrary valid assessments for property tests (fast-check).

/** Positions on the body of each drawing, on a grid fine enough to land near every point. */
const ON_THE_BODY: Record<TemplateId, { x: number; y: number }[]> = Object.fromEntries(
  TEMPLATE_IDS.map((id) => {
    const t = TEMPLATES[id];
    const out: { x: number; y: number }[] = [];
    for (let x = 0; x <= t.width; x += 2)
      for (let y = 0; y <= t.height; y += 2) if (onTheBody(id, x, y)) out.push({ x, y });
    return [id, out];
  }),
) as Record<TemplateId, { x: number; y: number }[]>;

export const ashiArb = fc.constantFrom(...TEMPLATE_IDS).chain((template) =>
  fc
    .record({
      at: fc.constantFrom(...ON_THE_BODY[template]),
      side: fc.constantFrom('left', 'right', 'both' as const),
    })
    .map(({ at, side }) => ({
      template,
      ...at,
      ...(TEMPLATES[template].frame.kind === 'limb' ? { side } : {}),
    })),
);

export const siteArb = fc.record({
  kind: fc.constantFrom(...SITE_KINDS),
  region: fc.constantFrom(...SITE_AREAS),
  side: fc.constantFrom('left', 'right', 'both', 'midline' as const),
});

/** Any valid assessment; red flags mostly no, so that plans are exercised too. */
export const assessmentArb: fc.Arbitrary<AssessmentInput> = fc
  .record({
    pain: fc.uniqueArray(
      fc.record({
        region: fc.constantFrom(...PAIN_REGION_IDS),
        intensity: fc.integer({ min: 0, max: 10 }),
        quality: fc.constantFrom(
          'aching',
          'sharp',
          'burning',
          'shooting',
          'numb-tingling' as const,
        ),
      }),
      { minLength: 1, maxLength: 6, selector: (m) => m.region },
    ),
    radiation: fc.oneof(
      fc.constant({ side: 'none' as const }),
      fc.record({
        side: fc.constantFrom('left', 'right', 'both' as const),
        extent: fc.constantFrom('above-knee', 'below-knee' as const),
      }),
    ),
    duration: fc.constantFrom('acute', 'subacute', 'chronic' as const),
    onset: fc.constantFrom('sudden-strain', 'gradual' as const),
    redFlags: fc
      .array(fc.constantFrom(...RED_FLAG_IDS), { maxLength: 2 })
      .chain((ids) =>
        fc
          .boolean()
          .map((any) =>
            Object.fromEntries(RED_FLAG_IDS.map((id) => [id, any && ids.includes(id)])),
          ),
      ) as fc.Arbitrary<AssessmentInput['redFlags']>,
    profile: fc.record({
      pregnancy: fc.constantFrom('no', 'yes', 'unsure' as const),
      bleedingRisk: fc.boolean(),
      boneFragility: fc.boolean(),
      fragileSkin: fc.boolean(),
      sites: fc.array(siteArb, { maxLength: 4 }),
    }),
    questionnaires: fc.constant({}),
    ashi: fc.array(ashiArb, { maxLength: 4 }),
    preferences: fc.record({
      mode: fc.constantFrom('self-care', 'practitioner' as const),
      minutes: fc.integer({ min: 5, max: 120 }),
      sides: fc.constantFrom('both', 'left', 'right' as const),
    }),
  })
  // Pain on both legs that is not said to spread down both: the person has said it is separate.
  .map((a) =>
    painfulLegs(a.pain).size === 2 && a.radiation.side !== 'both'
      ? { ...a, radiation: { ...a.radiation, separateLegPain: true } }
      : a,
  );
