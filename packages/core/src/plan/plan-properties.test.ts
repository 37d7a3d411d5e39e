import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPoint } from '../atlas/atlas.js';
import { TEMPLATES, TEMPLATE_IDS } from '../atlas/templates/index.js';
import { parseAssessment, type AssessmentInput } from '../assessment/assessment-schema.js';
import { PAIN_REGION_IDS } from '../assessment/pain-regions.js';
import { RED_FLAG_IDS } from '../assessment/red-flags.js';
import { REGIONS } from '../atlas/vocabulary.js';
import { makePlan } from './make-plan.js';
import { siteCovers } from './safety.js';

const regions = REGIONS;

const ashiArb = fc.constantFrom(...TEMPLATE_IDS).chain((template) =>
  fc.record({
    template: fc.constant(template),
    x: fc.double({ min: 0, max: TEMPLATES[template].width, noNaN: true }),
    y: fc.double({ min: 0, max: TEMPLATES[template].height, noNaN: true }),
  }),
);

/** Any valid assessment; red flags mostly no, so that plans are exercised too. */
export const assessmentArb: fc.Arbitrary<AssessmentInput> = fc.record({
  pain: fc.uniqueArray(
    fc.record({
      region: fc.constantFrom(...PAIN_REGION_IDS),
      intensity: fc.integer({ min: 0, max: 10 }),
      quality: fc.constantFrom('aching', 'sharp', 'burning', 'shooting', 'numb-tingling' as const),
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
        .map((any) => Object.fromEntries(RED_FLAG_IDS.map((id) => [id, any && ids.includes(id)]))),
    ) as fc.Arbitrary<AssessmentInput['redFlags']>,
  profile: fc.record({
    pregnancy: fc.constantFrom('no', 'yes', 'unsure' as const),
    bleedingRisk: fc.boolean(),
    boneFragility: fc.boolean(),
    sites: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'skin',
          'varicose-veins',
          'surgery-or-fracture',
          'swollen-or-inflamed' as const,
        ),
        region: fc.constantFrom(...regions),
        side: fc.constantFrom('left', 'right', 'both', 'midline' as const),
      }),
      { maxLength: 4 },
    ),
  }),
  questionnaires: fc.constant({}),
  ashi: fc.array(ashiArb, { maxLength: 3 }),
  preferences: fc.record({
    mode: fc.constantFrom('self-care', 'practitioner' as const),
    minutes: fc.integer({ min: 5, max: 120 }),
    sides: fc.constantFrom('both', 'left', 'right' as const),
  }),
});

describe('plan engine properties', () => {
  it('yields a referral or a plan whose points exist, are safe for the profile and fit the time', () => {
    fc.assert(
      fc.property(assessmentArb, (input) => {
        const parsed = parseAssessment(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const a = parsed.value;
        const out = makePlan(a);
        if (out.kind === 'referral') {
          expect(out.groups.length).toBeGreaterThan(0);
          return;
        }
        expect(out.totalSeconds).toBeLessThanOrEqual(a.preferences.minutes * 60);
        for (const s of out.steps) {
          expect(s.pressureTarget).toBeGreaterThanOrEqual(0);
          expect(s.pressureTarget).toBeLessThanOrEqual(10);
          if (s.kind !== 'point') continue;
          const p = getPoint(s.pointId);
          expect(p).toBeDefined();
          if (a.profile.pregnancy !== 'no') {
            expect(
              p!.cautions.some((c) => c.flag === 'pregnancy' || c.flag === 'lumbosacral'),
            ).toBe(false);
          }
          for (const site of a.profile.sites)
            for (const side of s.sides) expect(siteCovers(site, p!.region, side)).toBe(false);
          if (a.preferences.sides !== 'both')
            expect(s.sides.every((x) => x === 'midline' || x === a.preferences.sides)).toBe(true);
          if (a.profile.bleedingRisk || a.profile.boneFragility)
            expect(s.pressureTarget).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(assessmentArb, (input) => {
        const parsed = parseAssessment(input);
        if (!parsed.ok) return;
        expect(makePlan(parsed.value)).toEqual(makePlan(parsed.value));
      }),
      { numRuns: 100 },
    );
  });
});

describe('bad input', () => {
  const base = (): Record<string, unknown> => {
    const redFlags = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false]));
    return {
      pain: [{ region: 'lumbar-midline', intensity: 5, quality: 'aching' }],
      radiation: { side: 'none' },
      duration: 'chronic',
      onset: 'gradual',
      redFlags,
      profile: { pregnancy: 'no', bleedingRisk: false, boneFragility: false },
      preferences: { mode: 'self-care', minutes: 20, sides: 'both' },
    };
  };
  const fields = (input: unknown): string[] => {
    const r = parseAssessment(input);
    return r.ok ? [] : (r.issues ?? []).map((i) => i.field);
  };

  it.each([
    [
      'an intensity of 11',
      (a: Record<string, unknown>) =>
        void (a.pain = [{ region: 'lumbar-midline', intensity: 11, quality: 'aching' }]),
      'pain.0.intensity',
    ],
    [
      'an unknown region',
      (a: Record<string, unknown>) =>
        void (a.pain = [{ region: 'elbow', intensity: 3, quality: 'aching' }]),
      'pain.0.region',
    ],
    [
      'a region marked twice',
      (a: Record<string, unknown>) =>
        void (a.pain = [
          { region: 'lumbar-left', intensity: 3, quality: 'aching' },
          { region: 'lumbar-left', intensity: 4, quality: 'sharp' },
        ]),
      'pain.1.region',
    ],
    ['no pain at all', (a: Record<string, unknown>) => void (a.pain = []), 'pain'],
    [
      'radiation "none" with an extent',
      (a: Record<string, unknown>) => void (a.radiation = { side: 'none', extent: 'below-knee' }),
      'radiation.extent',
    ],
    [
      'radiation without an extent',
      (a: Record<string, unknown>) => void (a.radiation = { side: 'left' }),
      'radiation.extent',
    ],
    [
      'an unanswered red flag',
      (a: Record<string, unknown>) => void delete (a.redFlags as Record<string, boolean>).fever,
      'redFlags.fever',
    ],
    [
      '3 minutes',
      (a: Record<string, unknown>) =>
        void (a.preferences = { mode: 'self-care', minutes: 3, sides: 'both' }),
      'preferences.minutes',
    ],
    [
      'an ashi spot off the drawing',
      (a: Record<string, unknown>) => void (a.ashi = [{ template: 'posterior', x: 5000, y: 10 }]),
      'ashi.0',
    ],
    [
      'a pregnancy answer of "maybe"',
      (a: Record<string, unknown>) =>
        void (a.profile = { pregnancy: 'maybe', bleedingRisk: false, boneFragility: false }),
      'profile.pregnancy',
    ],
  ])('names the field for %s', (_name, patch, field) => {
    const a = base();
    patch(a);
    expect(fields(a)).toContain(field);
  });

  it('accepts the base case', () => expect(fields(base())).toEqual([]));

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => void parseAssessment(x)),
      { numRuns: 300 },
    );
  });
});
