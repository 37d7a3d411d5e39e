import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POINTS, getPoint } from '../atlas/atlas.js';
import { areasOverlap } from '../atlas/body-areas.js';
import { placeIn, placesOfPoint, zoneUnits, type LocatedPlace } from '../atlas/body-place.js';
import { TEMPLATES } from '../atlas/templates/index.js';
import { parseAssessment, type Assessment } from '../assessment/assessment-schema.js';
import { RED_FLAG_IDS } from '../assessment/red-flags.js';
import { makePlan } from './make-plan.js';
import type { Plan, PlanSide } from './plan-types.js';
import { stepPlaces } from './pressed-places.js';
import { siteCover } from './site-cover.js';
import { assessmentArb } from './test-assessment-arb.js';

// The safety property of issue 9: for every valid assessment, no place a plan presses, on any
// side, lies within about 1 cun of a point forbidden for that profile, nor inside a reported site.
// Distances are measured here from the drawn positions, independently of the engine's zones.

const FORBIDDEN_IN_PREGNANCY = POINTS.filter((p) =>
  p.cautions.some((c) => c.flag === 'pregnancy' || c.flag === 'lumbosacral'),
);

/** Whether a place lies within about 1 cun of any drawn place of a point, on its own drawing. */
function nearPoint(place: LocatedPlace, pointId: string): boolean {
  const p = getPoint(pointId)!;
  if (p.template !== place.template) return false;
  const units = zoneUnits(TEMPLATES[place.template]);
  const limb = TEMPLATES[place.template].frame.kind === 'limb';
  return placesOfPoint(p).some(
    (o) => (!limb || o.side === place.side) && Math.hypot(o.x - place.x, o.y - place.y) <= units,
  );
}

function pressed(plan: Plan): { id: string; side: PlanSide; place: LocatedPlace }[] {
  return plan.steps.flatMap((s) =>
    s.sides.flatMap((side) =>
      stepPlaces(s, side).map((p) => ({
        id: s.kind === 'point' ? s.pointId : `ashi-${s.ashiIndex + 1}`,
        side,
        place: p.place,
      })),
    ),
  );
}

function checkSafe(a: Assessment, plan: Plan): void {
  for (const { id, side, place } of pressed(plan)) {
    const where = `${id} ${side}`;
    if (a.profile.pregnancy !== 'no') {
      for (const p of FORBIDDEN_IN_PREGNANCY)
        expect(nearPoint(place, p.id), `${where} is near ${p.id} in pregnancy`).toBe(false);
      for (const area of ['lumbar', 'sacral', 'abdomen'] as const)
        expect(placeIn(place, area), `${where} lies in the ${area} in pregnancy`).toBe(false);
    }
    for (const site of a.profile.sites) {
      expect(siteCover(site, place), `${where} inside ${JSON.stringify(site)}`).toBe('no');
      // The atlas's "avoid over varicose veins", on a leg with varicose veins.
      if (
        site.kind === 'varicose-veins' &&
        areasOverlap(site.region, 'leg') &&
        placeIn(place, 'leg')
      ) {
        const sameLeg =
          site.side === 'both' ||
          site.side === 'midline' ||
          (place.bodyX === undefined
            ? place.side === site.side
            : site.side === 'left'
              ? place.bodyX > 0
              : place.bodyX < 0);
        const flagged = POINTS.filter((p) => p.cautions.some((c) => c.flag === 'varicose-veins'));
        if (sameLeg)
          for (const p of flagged)
            expect(nearPoint(place, p.id), `${where} near ${p.id} with varicose veins`).toBe(false);
      }
    }
  }
}

describe('plan engine properties', () => {
  it('yields a referral or a plan whose places are safe for the profile on every side, and fit the time', () => {
    fc.assert(
      fc.property(assessmentArb, (input) => {
        const parsed = parseAssessment(input);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        if (!parsed.ok) return;
        const a = parsed.value;
        const out = makePlan(a);
        if (out.kind === 'referral') {
          expect(out.groups.length).toBeGreaterThan(0);
          return;
        }
        expect(out.totalSeconds).toBeLessThanOrEqual(a.preferences.minutes * 60);
        checkSafe(a, out);
        for (const s of out.steps) {
          expect(s.pressureTarget).toBeGreaterThanOrEqual(0);
          expect(s.pressureTarget).toBeLessThanOrEqual(10);
          if (a.preferences.sides !== 'both')
            expect(s.sides.every((x) => x === 'midline' || x === a.preferences.sides)).toBe(true);
          if (a.profile.bleedingRisk || a.profile.boneFragility || a.profile.fragileSkin)
            expect(s.pressureTarget).toBeLessThanOrEqual(3);
          if (s.kind !== 'point') continue;
          const p = getPoint(s.pointId);
          expect(p).toBeDefined();
          if (a.profile.pregnancy !== 'no') {
            expect(
              p!.cautions.some((c) => c.flag === 'pregnancy' || c.flag === 'lumbosacral'),
            ).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refers, never plans, when the answers imply a red flag (swollen calf, fragile bones with a strain, both legs)', () => {
    fc.assert(
      fc.property(assessmentArb, fc.constantFrom('calf', 'bones', 'legs'), (input, why) => {
        const a = JSON.parse(JSON.stringify(input)) as typeof input;
        if (why === 'calf')
          a.profile.sites = [
            ...(a.profile.sites ?? []),
            { kind: 'swollen-or-inflamed', region: 'lower-leg', side: 'left' },
          ];
        if (why === 'bones')
          Object.assign(
            a,
            { onset: 'sudden-strain' },
            { profile: { ...a.profile, boneFragility: true } },
          );
        if (why === 'legs') a.radiation = { side: 'both', extent: 'below-knee' };
        const parsed = parseAssessment(a);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const out = makePlan(parsed.value);
        expect(out.kind).toBe('referral');
        const ids =
          out.kind === 'referral' ? out.groups.flatMap((g) => g.flags.map((f) => f.id)) : [];
        expect(ids).toContain(
          why === 'calf'
            ? 'swollen-calf'
            : why === 'bones'
              ? 'minor-trauma-fragile-bone'
              : 'both-legs-sciatica',
        );
      }),
      { numRuns: 100 },
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
      profile: { pregnancy: 'no', bleedingRisk: false, boneFragility: false, fragileSkin: false },
      preferences: { mode: 'self-care', minutes: 20, sides: 'both' },
    };
  };
  const fields = (input: unknown): string[] => {
    const r = parseAssessment(input);
    return r.ok ? [] : (r.issues ?? []).map((i) => i.field);
  };
  type Patch = (a: Record<string, unknown>) => void;
  const profile = (a: Record<string, unknown>) => a.profile as Record<string, unknown>;

  it.each<[string, Patch, string]>([
    [
      'an intensity of 11',
      (a) => void (a.pain = [{ region: 'lumbar-midline', intensity: 11, quality: 'aching' }]),
      'pain.0.intensity',
    ],
    [
      'an unknown region',
      (a) => void (a.pain = [{ region: 'elbow', intensity: 3, quality: 'aching' }]),
      'pain.0.region',
    ],
    [
      'a region marked twice',
      (a) =>
        void (a.pain = [
          { region: 'lumbar-left', intensity: 3, quality: 'aching' },
          { region: 'lumbar-left', intensity: 4, quality: 'sharp' },
        ]),
      'pain.1.region',
    ],
    ['no pain at all', (a) => void (a.pain = []), 'pain'],
    [
      'radiation "none" with an extent',
      (a) => void (a.radiation = { side: 'none', extent: 'below-knee' }),
      'radiation.extent',
    ],
    [
      'radiation without an extent',
      (a) => void (a.radiation = { side: 'left' }),
      'radiation.extent',
    ],
    [
      'an unanswered red flag',
      (a) => void delete (a.redFlags as Record<string, boolean>).fever,
      'redFlags.fever',
    ],
    [
      '3 minutes',
      (a) => void (a.preferences = { mode: 'self-care', minutes: 3, sides: 'both' }),
      'preferences.minutes',
    ],
    [
      'an ashi spot off the drawing',
      (a) => void (a.ashi = [{ template: 'posterior', x: 5000, y: 10 }]),
      'ashi.0',
    ],
    [
      'a pregnancy answer of "maybe"',
      (a) => void (profile(a).pregnancy = 'maybe'),
      'profile.pregnancy',
    ],
    // Issue 9: unknown keys are refused and named, at every level.
    ['a misspelt safety answer', (a) => void (profile(a).pregnant = 'yes'), 'profile.pregnant'],
    [
      'a misspelt red flag',
      (a) => void ((a.redFlags as Record<string, boolean>)['saddle-numbnes'] = true),
      'redFlags.saddle-numbnes',
    ],
    ['an unknown top-level key', (a) => void (a.notes = 'x'), 'notes'],
    [
      'an unknown key in a pain mark',
      (a) =>
        void (a.pain = [{ region: 'lumbar-midline', intensity: 5, quality: 'aching', side: 'l' }]),
      'pain.0.side',
    ],
    [
      'an unknown key in a site',
      (a) =>
        void (profile(a).sites = [{ kind: 'skin', region: 'lumbar', side: 'left', where: 'x' }]),
      'profile.sites.0.where',
    ],
    [
      'an unknown key in the questionnaires',
      (a) => void (a.questionnaires = { peg: { pain: 1, enjoyment: 1, activity: 1, mood: 2 } }),
      'questionnaires.peg.mood',
    ],
    [
      'an unknown key in the preferences',
      (a) => void ((a.preferences as Record<string, unknown>).hands = 2),
      'preferences.hands',
    ],
    [
      'an unknown key in a tender spot',
      (a) => void (a.ashi = [{ template: 'posterior', x: 100, y: 230, depth: 1 }]),
      'ashi.0.depth',
    ],
    [
      'an unanswered fragile-skin question',
      (a) => void delete profile(a).fragileSkin,
      'profile.fragileSkin',
    ],
    [
      'a tender spot on the hand without its side',
      (a) => void (a.ashi = [{ template: 'dorsal-hand', x: 135, y: 197 }]),
      'ashi.0.side',
    ],
    [
      'a side given on the back drawing',
      (a) => void (a.ashi = [{ template: 'posterior', x: 100, y: 230, side: 'left' }]),
      'ashi.0.side',
    ],
    [
      'a tender spot off the body, inside the drawing',
      (a) => void (a.ashi = [{ template: 'posterior', x: 2, y: 2 }]),
      'ashi.0',
    ],
    [
      'pain on both legs said not to spread',
      (a) =>
        void (a.pain = [
          { region: 'calf-left', intensity: 5, quality: 'aching' },
          { region: 'thigh-posterior-right', intensity: 5, quality: 'aching' },
        ]),
      'radiation.side',
    ],
  ])('names the field for %s', (_name, patch, field) => {
    const a = base();
    patch(a);
    expect(fields(a)).toContain(field);
  });

  it('accepts the base case, pain on both legs once said to be separate, and a side on a limb', () => {
    expect(fields(base())).toEqual([]);
    const legs = base();
    legs.pain = [
      { region: 'calf-left', intensity: 5, quality: 'aching' },
      { region: 'calf-right', intensity: 5, quality: 'aching' },
    ];
    legs.radiation = { side: 'none', separateLegPain: true };
    expect(fields(legs)).toEqual([]);
    const hand = base();
    hand.ashi = [{ template: 'dorsal-hand', x: 135, y: 197, side: 'left' }];
    expect(fields(hand)).toEqual([]);
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => void parseAssessment(x)),
      { numRuns: 300 },
    );
  });
});
