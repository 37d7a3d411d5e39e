import { describe, expect, it } from 'vitest';
import { parseAssessment, type AssessmentInput } from '../assessment/assessment-schema.js';
import type { RedFlagId } from '../assessment/red-flags.js';
import { makePlan } from './make-plan.js';
import type { Plan, PlanOutcome } from './plan-types.js';
import { baseAssessment } from './test-assessments.js';

type Patch = (a: AssessmentInput) => void;
const flags =
  (...ids: RedFlagId[]): Patch =>
  (a) => {
    for (const id of ids) a.redFlags[id] = true;
  };

function plan(...patches: Patch[]): PlanOutcome {
  const a = baseAssessment();
  for (const p of patches) p(a);
  const parsed = parseAssessment(a);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return makePlan(parsed.value);
}

const asPlan = (o: PlanOutcome): Plan => {
  if (o.kind !== 'plan') throw new Error(`expected a plan, got a referral: ${o.urgency}`);
  return o;
};
const stepIds = (p: Plan): string[] =>
  p.steps.map((s) => (s.kind === 'point' ? s.pointId : `ashi-${s.ashiIndex + 1}`));
const sidesOf = (p: Plan, id: string): string[] | undefined =>
  p.steps.find((s) => s.kind === 'point' && s.pointId === id)?.sides;

interface Row {
  name: string;
  source: string;
  patches: Patch[];
  referral?: 'emergency' | 'urgent' | 'soon';
  includes?: string[];
  excludes?: string[];
  /** Never proposed by any rule: no step and no decision. */
  notConsidered?: string[];
  check?: (p: Plan) => void;
}

const pregnant: Patch = (a) => void (a.profile.pregnancy = 'yes');
const minutes =
  (m: number): Patch =>
  (a) =>
    void (a.preferences.minutes = m);
const selfCare: Patch = (a) => void (a.preferences.mode = 'self-care');
const pain =
  (...regions: string[]): Patch =>
  (a) =>
    void (a.pain = regions.map((region) => ({ region, intensity: 6, quality: 'aching' as const })));
const radiating =
  (side: 'left' | 'right' | 'both', extent: 'above-knee' | 'below-knee'): Patch =>
  (a) =>
    void (a.radiation = { side, extent });
const site =
  (
    kind: 'skin' | 'varicose-veins' | 'surgery-or-fracture' | 'swollen-or-inflamed',
    region: string,
    side: 'left' | 'right' | 'both' | 'midline',
  ): Patch =>
  (a) =>
    void a.profile.sites!.push({ kind, region: region as never, side });

const SCENARIOS: Row[] = [
  {
    name: 'chronic middle low back pain',
    source: 'CAM main points BL23, GV3, BL40 (facts §1)',
    patches: [],
    includes: ['BL23', 'GV3', 'BL40'],
  },
  {
    name: 'pregnant with lumbar pain',
    source: 'facts §5 pregnancy: every lumbosacral point out',
    patches: [pregnant],
    includes: ['BL40'],
    excludes: ['BL23', 'GV3', 'BL25', 'EX-B2-L3', 'EX-B7'],
  },
  {
    name: 'unsure whether pregnant',
    source: 'facts §5 "pregnancy (or unsure)"',
    patches: [(a) => void (a.profile.pregnancy = 'unsure')],
    excludes: ['BL23', 'GV3'],
    includes: ['BL40'],
  },
  {
    name: 'pregnant with neck pain',
    source: 'facts §5 list: GB21',
    patches: [pregnant, pain('neck')],
    excludes: ['GB21'],
  },
  {
    name: 'pregnant with left sciatica below the knee',
    source: 'facts §5 list: BL60; BL57 not listed',
    patches: [pregnant, radiating('left', 'below-knee')],
    excludes: ['BL60', 'BL23'],
    includes: ['BL57', 'BL40'],
  },
  {
    name: 'cauda equina: saddle numbness',
    source: 'facts §5 cauda equina: emergency',
    patches: [flags('saddle-numbness')],
    referral: 'emergency',
  },
  {
    name: 'cauda equina: new bladder trouble',
    source: 'facts §5 cauda equina: emergency',
    patches: [flags('bladder-change')],
    referral: 'emergency',
  },
  {
    name: 'cauda equina: foot drop',
    source: 'facts §5 cauda equina: emergency',
    patches: [flags('leg-weakness')],
    referral: 'emergency',
  },
  {
    name: 'pain down both legs though the question was answered no',
    source: 'facts §5 sciatica in both legs: emergency',
    patches: [radiating('both', 'below-knee')],
    referral: 'emergency',
  },
  {
    name: 'history of cancer at 60, new episode',
    source: 'facts §5 cancer: urgent',
    patches: [flags('cancer-history', 'age-new-episode')],
    referral: 'urgent',
  },
  {
    name: 'unexplained weight loss',
    source: 'facts §5 cancer: urgent',
    patches: [flags('weight-loss')],
    referral: 'urgent',
  },
  {
    name: 'fever with back pain',
    source: 'facts §5 infection: urgent',
    patches: [flags('fever')],
    referral: 'urgent',
  },
  {
    name: 'minor fall with osteoporosis',
    source: 'facts §5 fracture: urgent',
    patches: [flags('minor-trauma-fragile-bone')],
    referral: 'urgent',
  },
  {
    name: 'ankylosing spondylitis',
    source: 'facts §5 other: see a doctor soon',
    patches: [flags('inflammatory-disease')],
    referral: 'soon',
  },
  {
    name: 'cauda equina and cancer together',
    source: 'facts §5: the most urgent group wins',
    patches: [flags('cancer-history', 'bowel-control')],
    referral: 'emergency',
  },
  {
    name: 'on anticoagulants',
    source: 'facts §5 caution: lighter pressure, watch for bruising',
    patches: [(a) => void (a.profile.bleedingRisk = true)],
    includes: ['BL23'],
    check: (p) => {
      expect(p.pressure.target).toBe(3);
      expect(p.watch.map((w) => w.text).join(' ')).toMatch(/bruise/);
      expect(p.steps.every((s) => s.pressureTarget <= 3)).toBe(true);
    },
  },
  {
    name: 'osteoporosis',
    source: 'issue 4: osteoporosis lowers the target',
    patches: [(a) => void (a.profile.boneFragility = true)],
    check: (p) => expect(p.pressure.target).toBe(3),
  },
  {
    name: 'sciatica on the left below the knee',
    source: 'facts §1 leg points (WHO08): on the affected side only',
    patches: [radiating('left', 'below-knee'), minutes(120)],
    includes: ['GB30', 'BL36', 'BL37', 'BL57', 'BL58', 'GB34', 'GB39', 'BL60'],
    check: (p) => {
      expect(sidesOf(p, 'GB34')).toEqual(['left']);
      expect(sidesOf(p, 'BL40')).toEqual(['left', 'right']);
    },
  },
  {
    name: 'sciatica on the right above the knee',
    source: 'facts §1: thigh and buttock points only',
    patches: [radiating('right', 'above-knee'), minutes(120)],
    includes: ['BL36', 'BL37', 'GB30'],
    notConsidered: ['GB34', 'BL57'],
    check: (p) => expect(sidesOf(p, 'BL36')).toEqual(['right']),
  },
  {
    name: 'acute sprain',
    source: 'CAM: GV26, Yaotongdian for acute sprain (facts §1)',
    patches: [(a) => void ((a.duration = 'acute'), (a.onset = 'sudden-strain'))],
    includes: ['GV26', 'EX-UE7'],
  },
  {
    name: 'subacute after a strain',
    source: 'CAM acute-sprain points are for acute sprain only',
    patches: [(a) => void ((a.duration = 'subacute'), (a.onset = 'sudden-strain'))],
    excludes: ['GV26', 'EX-UE7'],
  },
  {
    name: 'varicose veins behind the knee',
    source: 'facts §5 do not press on varicose veins; §1 BL40',
    patches: [site('varicose-veins', 'knee', 'both')],
    excludes: ['BL40'],
    includes: ['BL23'],
  },
  {
    name: 'skin problem on the left lower back',
    source: 'facts §5 do not press on irritated skin',
    patches: [site('skin', 'lumbar', 'left')],
    check: (p) => {
      expect(sidesOf(p, 'BL23')).toEqual(['right']);
      expect(
        p.decisions.some((d) => d.id === 'BL23' && !d.included && d.sides.join() === 'left'),
      ).toBe(true);
    },
  },
  {
    name: 'a swollen area behind the right knee',
    source: 'facts §5 do not press on inflamed or swollen areas',
    patches: [site('swollen-or-inflamed', 'knee', 'right')],
    check: (p) => {
      expect(sidesOf(p, 'BL40')).toEqual(['left']);
      expect(
        p.decisions.some(
          (d) =>
            d.id === 'BL40' &&
            !d.included &&
            d.sides.join() === 'right' &&
            d.reason.includes('a swollen or inflamed area'),
        ),
      ).toBe(true);
    },
  },
  {
    name: 'recent spinal surgery in the lower back',
    source: 'facts §5 do not press on new scars',
    patches: [site('surgery-or-fracture', 'lumbar', 'both')],
    excludes: ['BL23', 'GV3', 'BL25'],
    includes: ['BL40'],
  },
  {
    name: '10 minutes of self-care',
    source: 'Murphy 2019: 3 minutes per point; the plan fits the time',
    patches: [selfCare, minutes(10)],
    includes: ['BL23', 'GV3'],
    excludes: ['BL40'],
    check: (p) => expect(p.totalSeconds).toBeLessThanOrEqual(600),
  },
  {
    name: '5 minutes',
    source: 'Murphy 2019: 3 minutes per point',
    patches: [minutes(5)],
    includes: ['GV3'],
    excludes: ['BL23'],
    check: (p) => expect(p.totalSeconds).toBe(180),
  },
  {
    name: 'self-care upper back pain',
    source: 'reach: T1–T8 need a helper; T9–T12 with a ball',
    patches: [selfCare, pain('thoracic-midline'), minutes(120)],
    excludes: ['EX-B2-T3'],
    includes: ['EX-B2-T10'],
    check: (p) =>
      expect(p.steps.find((s) => s.kind === 'point' && s.pointId === 'EX-B2-T10')?.aid).toMatch(
        /ball/,
      ),
  },
  {
    name: 'practitioner, upper back pain',
    source: 'a practitioner reaches every level',
    patches: [pain('thoracic-midline'), minutes(120)],
    includes: ['EX-B2-T3', 'EX-B2-T10'],
  },
  {
    name: 'self-care buttock pain',
    source: 'reach: BL54 and GB30 pressed with a ball',
    patches: [selfCare, pain('buttock-left'), minutes(60)],
    includes: ['BL54', 'GB30'],
    check: (p) =>
      expect(p.steps.find((s) => s.kind === 'point' && s.pointId === 'BL54')?.aid).toBeDefined(),
  },
  {
    name: 'left side only',
    source: 'issue 4: both sides or one',
    patches: [(a) => void (a.preferences.sides = 'left')],
    check: (p) => {
      expect(sidesOf(p, 'BL23')).toEqual(['left']);
      expect(sidesOf(p, 'GV3')).toEqual(['midline']);
    },
  },
  {
    name: 'an ashi point on the lower back',
    source: 'issue 4: marked ashi points first (CAM lists ashi points)',
    patches: [(a) => void (a.ashi = [{ template: 'posterior', x: 105, y: 230 }])],
    check: (p) => {
      expect(stepIds(p)[0]).toBe('ashi-1');
      expect(p.steps[0]!.kind === 'ashi' && p.steps[0]!.label).toMatch(/lower back, left/);
    },
  },
  {
    name: 'pregnant with an ashi point on the lower back',
    source: 'facts §5: every lumbosacral point out in pregnancy',
    patches: [pregnant, (a) => void (a.ashi = [{ template: 'posterior', x: 105, y: 230 }])],
    excludes: ['ashi-1'],
  },
  {
    name: 'outer thigh pain only',
    source: 'no atlas point on the outer thigh: ashi suggested',
    patches: [pain('thigh-lateral-left')],
    check: (p) => {
      expect(p.steps).toEqual([]);
      expect(p.notes.map((n) => n.text).join(' ')).toMatch(/outer thigh/);
    },
  },
  {
    name: 'right ankle and foot pain',
    source: 'facts §1: BL60, BL62, KI3 at the ankle',
    patches: [pain('foot-right'), minutes(60)],
    includes: ['BL60', 'BL62', 'KI3'],
    check: (p) => expect(sidesOf(p, 'KI3')).toEqual(['right']),
  },
  {
    name: 'CAM pattern points not assessed',
    source: 'CAM: KI3 added for kidney-yin deficiency, a pattern not assessed',
    patches: [],
    check: (p) =>
      expect(p.decisions.find((d) => d.id === 'KI3')).toMatchObject({
        included: false,
        source: 'CAM',
      }),
  },
  {
    name: 'calf pain',
    source: 'facts §1 BL57: swollen, red or hot calf, refer',
    patches: [pain('calf-left'), minutes(60)],
    check: (p) =>
      expect(
        p.steps.find((s) => s.kind === 'point' && s.pointId === 'BL57')?.cues.join(' '),
      ).toMatch(/swollen, red or hot/),
  },
  {
    name: 'BL40 over the popliteal vessels',
    source: 'facts §1 BL40: light pressure',
    patches: [],
    check: (p) =>
      expect(
        p.steps.find((s) => s.kind === 'point' && s.pointId === 'BL40')?.pressureTarget,
      ).toBeLessThanOrEqual(3),
  },
];

describe('plan engine scenarios', () => {
  it('has at least 30 scenarios', () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(30));

  it.each(SCENARIOS)(
    '$name ($source)',
    ({ patches, referral, includes = [], excludes = [], notConsidered = [], check }) => {
      const out = plan(...patches);
      if (referral) {
        expect(out.kind).toBe('referral');
        if (out.kind === 'referral') expect(out.urgency).toBe(referral);
        return;
      }
      const p = asPlan(out);
      const ids = stepIds(p);
      for (const id of includes) expect(ids, `includes ${id}`).toContain(id);
      for (const id of excludes) {
        expect(ids, `excludes ${id}`).not.toContain(id);
        expect(
          p.decisions.some((d) => d.id === id && !d.included),
          `a reason for leaving out ${id}`,
        ).toBe(true);
      }
      for (const id of notConsidered) expect(p.decisions.map((d) => d.id)).not.toContain(id);
      check?.(p);
    },
  );
});

describe('plan output', () => {
  it('gives every included step a decision, a reason and a source', () => {
    const p = asPlan(plan(radiating('left', 'below-knee'), minutes(60)));
    for (const s of p.steps) {
      expect(s.reason.length).toBeGreaterThan(10);
      const id = s.kind === 'point' ? s.pointId : `ashi-${s.ashiIndex + 1}`;
      expect(p.decisions.some((d) => d.id === id && d.included)).toBe(true);
    }
  });

  it('holds each side 3 minutes (Murphy 2019) and counts time side by side', () => {
    const p = asPlan(plan());
    expect(p.steps.every((s) => s.holdSeconds === 180)).toBe(true);
    expect(p.totalSeconds).toBe(p.steps.reduce((t, s) => t + s.holdSeconds * s.sides.length, 0));
  });

  it('summarises what a referred person reported, for their doctor', () => {
    const out = plan(flags('saddle-numbness'));
    expect(out.kind === 'referral' && out.summary.reported).toEqual([
      'numbness in the saddle area',
    ]);
    expect(out.kind === 'referral' && out.summary.pain).toEqual([
      'Lower back, middle: 6/10, aching',
    ]);
  });
});
