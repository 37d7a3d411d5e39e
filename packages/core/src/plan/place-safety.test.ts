import { describe, expect, it } from 'vitest';
import type { Plan } from './plan-types.js';
import {
  acuteStrain,
  asPlan,
  chooseSide,
  minutes,
  outcome,
  outDecisions,
  pain,
  pregnant,
  radiating,
  separateLegPain,
  site,
  spot,
  step,
  stepId,
  unsure,
  type Patch,
} from './test-plan-helpers.js';

// Issue 9: one geometric safety check for every pressed place. One row per rule, each with the
// source of its expected value (docs/clinical-sources.md sections in brackets).

interface Row {
  name: string;
  source: string;
  patches: Patch[];
  /** Step ids in the plan, optionally with exactly these sides ("BL23:left"). */
  includes?: string[];
  /** Step ids left out entirely, each with a decision saying why. */
  excludes?: string[];
  /** A decision leaving this id out (on these sides) with a reason matching. */
  because?: { id: string; sides?: string[]; reason: RegExp; source?: string }[];
  check?: (p: Plan) => void;
}

const sidesOf = (p: Plan, id: string) => step(p, id)?.sides;

const ROWS: Row[] = [
  // --- Tender spots inherit the cautions of every atlas point within about 1 cun.
  {
    name: 'pregnant, tender spot on LI4 (back of the hand)',
    source: '#pregnancy LI4 (CAM); a tender spot on LI4 is LI4',
    patches: [pregnant, spot('dorsal-hand', 136, 198, 'left')],
    excludes: ['ashi-1'],
    because: [{ id: 'ashi-1', reason: /within about 1 cun of LI4 Hegu/, source: 'CAM' }],
  },
  {
    name: 'pregnant, tender spot on the little-finger edge of the hand, far from LI4',
    source: '#pregnancy: only points near those avoided',
    patches: [pregnant, spot('dorsal-hand', 70, 165, 'left')],
    includes: ['ashi-1'],
  },
  {
    name: 'unsure whether pregnant, tender spot on SP6 (inner leg)',
    source: '#pregnancy SP6 (CAM), "or unsure"',
    patches: [unsure, spot('medial-foot', 116, 263, 'right')],
    excludes: ['ashi-1'],
    because: [{ id: 'ashi-1', reason: /may be pregnant: it lies within about 1 cun of SP6/ }],
  },
  {
    name: 'pregnant, tender spot behind the outer ankle bone (BL60)',
    source: '#pregnancy BL60 (CAM)',
    patches: [pregnant, spot('lateral-leg', 83, 398, 'left')],
    excludes: ['ashi-1'],
  },
  {
    name: 'pregnant, tender spot on top of the shoulder (GB21)',
    source: '#pregnancy GB21: an Acupress default, not CAM',
    patches: [pregnant, spot('posterior', 92, 102)],
    excludes: ['ashi-1'],
    because: [{ id: 'ashi-1', reason: /GB21/, source: 'AcupressSafety' }],
  },
  {
    name: 'pregnant, tender spot on the lower calf drawn from behind, at the level of SP6',
    source: '#pregnancy SP6; another drawing cannot tell how close: the safe side',
    patches: [pregnant, spot('posterior', 100, 540)],
    excludes: ['ashi-1'],
    because: [{ id: 'ashi-1', reason: /may lie within about 1 cun of SP6.*cannot show how close/ }],
  },
  {
    name: 'pregnant, tender spot on the upper calf drawn from behind, far from any avoided point',
    source: '#pregnancy: BL57 and the calf are not on the list',
    patches: [pregnant, spot('posterior', 93, 490)],
    includes: ['ashi-1'],
  },
  {
    name: 'pregnant, tender spot on the belly',
    source: '#pregnancy: no tender spot on the abdomen',
    patches: [pregnant, spot('anterior', 130, 260)],
    excludes: ['ashi-1'],
    because: [{ id: 'ashi-1', reason: /lies on the belly/, source: 'AcupressSafety' }],
  },
  {
    name: 'pregnant, tender spot on the sacrum',
    source: '#pregnancy: no tender spot on the sacrum',
    patches: [pregnant, spot('posterior', 120, 280)],
    excludes: ['ashi-1'],
    because: [{ id: 'ashi-1', reason: /lies on the sacrum/ }],
  },
  {
    name: 'pregnant with an acute sprain: Yaotongdian lies within about 1 cun of LI4',
    source: '#pregnancy LI4 (CAM); #points EX-UE7 and LI4 on the back of the hand',
    patches: [pregnant, acuteStrain],
    includes: ['GV26'],
    excludes: ['EX-UE7'],
    because: [{ id: 'EX-UE7', reason: /within about 1 cun of LI4/ }],
  },
  {
    name: 'a tender spot behind the knee carries BL40’s vessel: light pressure and its cue',
    source: '#points BL40 popliteal vessels: light pressure',
    patches: [spot('posterior', 94, 453)],
    check: (p) => {
      const s = step(p, 'ashi-1')!;
      expect(s.pressureTarget).toBeLessThanOrEqual(3);
      expect(s.cues.join(' ')).toMatch(/blood vessel/);
    },
  },
  {
    name: 'a tender spot on the calf carries the calf warning',
    source: '#points BL57/BL58: swollen, red or hot calf, refer',
    patches: [spot('posterior', 93, 490)],
    check: (p) => expect(step(p, 'ashi-1')!.cues.join(' ')).toMatch(/swollen, red or hot/),
  },
  // --- Pregnancy sources: CAM for its own list, the project's default otherwise.
  {
    name: 'pregnant with sacral pain: BL32 left out as the project’s default, not CAM',
    source: '#pregnancy BL31/BL32: Acupress default',
    patches: [pregnant, pain('sacral-midline')],
    because: [{ id: 'BL32', reason: /Acupress leaves this point out/, source: 'AcupressSafety' }],
  },
  {
    name: 'pregnant with neck pain: GB21 left out as the project’s default, not CAM',
    source: '#pregnancy GB21: Acupress default',
    patches: [pregnant, pain('neck')],
    because: [{ id: 'GB21', reason: /Acupress leaves this point out/, source: 'AcupressSafety' }],
  },
  {
    name: 'pregnant with sciatica: BL60 left out citing CAM',
    source: '#pregnancy BL60 (CAM)',
    patches: [pregnant, radiating('left', 'below-knee'), minutes(120)],
    because: [{ id: 'BL60', reason: /traditionally avoided in pregnancy \(CAM\)/, source: 'CAM' }],
  },
  // --- Reported sites are areas, matched by anatomy.
  {
    name: 'varicose veins on the left lower leg: the calf points there, and the atlas’s flags',
    source: '#do-not-press varicose veins; the lower leg holds the calf; #points BL40, KI3 flags',
    patches: [
      pain('calf-left', 'foot-left'),
      radiating('left', 'below-knee'),
      site('varicose-veins', 'lower-leg', 'left'),
      minutes(120),
    ],
    excludes: ['BL57', 'BL58', 'KI3', 'GB34'],
    includes: ['BL60', 'BL36'],
    because: [
      { id: 'BL57', sides: ['left'], reason: /where you reported varicose veins \(lower leg/ },
      { id: 'BL40', sides: ['left'], reason: /varicose veins on that leg.*unverified/ },
      { id: 'KI3', sides: ['left'], reason: /varicose veins on that leg/, source: 'WHO08' },
    ],
    check: (p) => expect(sidesOf(p, 'BL40')).toEqual(['right']),
  },
  {
    name: 'a scar on the midline of the lower back: Jiaji a finger’s width away are out too',
    source: '#do-not-press new scars; a midline site covers about 1 cun either side',
    patches: [
      pain('lumbar-midline'),
      site('surgery-or-fracture', 'lumbar', 'midline'),
      minutes(120),
    ],
    excludes: ['GV3', 'GV4', 'EX-B2-L3'],
    includes: ['BL23', 'BL40'],
    because: [{ id: 'EX-B2-L3', sides: ['left', 'right'], reason: /1 cun either side/ }],
  },
  {
    name: 'a bruise on the whole left leg: every left leg point, none on the right',
    source: '#do-not-press bruises; the leg holds thigh, knee and calf',
    patches: [radiating('left', 'below-knee'), site('bruise', 'leg', 'both'), minutes(120)],
    excludes: ['BL40', 'BL36', 'BL57', 'GB34'],
    includes: ['BL23'],
  },
  {
    name: 'a skin problem "in the middle" of the calf: a calf has no middle, so both sides',
    source: '#do-not-press irritated skin; the safe reading of an ambiguous side',
    patches: [pain('calf-left', 'calf-right'), separateLegPain, site('skin', 'calf', 'midline')],
    excludes: ['BL57'],
    because: [{ id: 'BL57', sides: ['left', 'right'], reason: /no middle, so both sides/ }],
  },
  {
    name: 'a line or device on the left lower back',
    source: '#do-not-press sites of lines, tubes or devices',
    patches: [site('line-tube-device', 'lumbar', 'left')],
    because: [{ id: 'BL23', sides: ['left'], reason: /a line, tube or device/ }],
    check: (p) => expect(sidesOf(p, 'BL23')).toEqual(['right']),
  },
  {
    name: 'a known tumour on the back',
    source: '#do-not-press known tumour sites; the back holds the lower back',
    patches: [site('tumour', 'back', 'both')],
    excludes: ['BL23', 'GV3'],
    includes: ['BL40'],
  },
  {
    name: 'a tender spot on the calf with irritated skin on the left calf',
    source: '#do-not-press: sites apply to tender spots on any drawing',
    patches: [spot('lateral-leg', 70, 300, 'left'), site('skin', 'calf', 'left')],
    excludes: ['ashi-1'],
  },
  {
    name: 'a tender spot on the shin (front drawing) with a scar on the lower leg',
    source: '#do-not-press new scars; the lower leg holds the shin',
    patches: [spot('anterior', 147, 500), site('surgery-or-fracture', 'lower-leg', 'left')],
    excludes: ['ashi-1'],
  },
  // --- Tender spots on a limb drawing have the side the person gave.
  {
    name: 'a tender spot on the left leg, pressing the right side only',
    source: 'issue 9: side preferences apply to the true side of a limb spot',
    patches: [spot('lateral-leg', 70, 300, 'left'), chooseSide('right')],
    excludes: ['ashi-1'],
  },
  {
    name: 'a tender spot marked on both legs: pressed on each, 3 minutes a side',
    source: 'issue 9: the drawing offers both; Acupress holds each side 3 minutes',
    patches: [spot('lateral-leg', 70, 300, 'both')],
    check: (p) => {
      expect(sidesOf(p, 'ashi-1')).toEqual(['left', 'right']);
      const s = step(p, 'ashi-1');
      expect(s?.kind === 'ashi' && s.label).toMatch(/both legs/);
    },
  },
  {
    name: 'a tender spot on the right hand with a skin problem on the left hand',
    source: '#do-not-press: a site on one hand does not cover the other',
    patches: [spot('dorsal-hand', 70, 165, 'right'), site('skin', 'hand', 'left')],
    includes: ['ashi-1'],
    check: (p) => expect(sidesOf(p, 'ashi-1')).toEqual(['right']),
  },
  // --- Dose and priorities, labelled as their sources say.
  {
    name: 'tender spots first after a sudden strain: the standard text',
    source: '#points CAM: ashi points for acute sprain',
    patches: [acuteStrain, spot('posterior', 105, 230)],
    check: (p) => expect(step(p, 'ashi-1')!.source).toBe('CAM'),
  },
  {
    name: 'tender spots first otherwise: an Acupress default',
    source: '#points: CAM gives ashi points for acute sprain only',
    patches: [spot('posterior', 105, 230)],
    check: (p) => {
      expect(p.steps[0]!.kind).toBe('ashi');
      expect(step(p, 'ashi-1')!.source).toBe('AcupressDefault');
    },
  },
  {
    name: 'the dose: Murphy 2019’s 3 minutes per point, and Acupress’s 3 minutes a side',
    source: '#protocols Murphy 2019: 3 minutes per point',
    patches: [],
    check: (p) => {
      expect(p.notes.find((n) => n.source === 'Murphy2019')?.text).toMatch(/3 minutes/);
      expect(p.notes.find((n) => /each side/.test(n.text))?.source).toBe('AcupressDefault');
      expect(p.notes.map((n) => n.text).join(' ')).not.toMatch(/3 minutes per side/);
    },
  },
  {
    name: 'fragile skin: lighter pressure and a bruising watch',
    source: '#do-not-press caution: fragile skin, lighter pressure',
    patches: [(a) => void (a.profile.fragileSkin = true)],
    check: (p) => {
      expect(p.pressure.target).toBe(3);
      expect(p.pressure.reason).toMatch(/fragile skin/);
      expect(p.watch.map((w) => w.text).join(' ')).toMatch(/bruise/);
    },
  },
  {
    name: 'a high-risk STarT Back result: see a clinician, with the trial’s finding',
    source: '#outcome-measures Hill 2011',
    patches: [
      (a) =>
        void (a.questionnaires = {
          startBack: {
            agree: [true, true, true, true, true, true, true, true],
            bother: 'extremely',
          },
        }),
    ],
    check: (p) => {
      expect(p.advice?.[0]?.source).toBe('Hill2011');
      expect(p.advice?.[0]?.text).toMatch(/clinician.*851 people.*12 months/s);
    },
  },
  {
    name: 'a low-risk STarT Back result: no such advice',
    source: '#outcome-measures: a high-risk result only',
    patches: [
      (a) =>
        void (a.questionnaires = {
          startBack: {
            agree: [false, false, false, false, false, false, false, false],
            bother: 'slightly',
          },
        }),
    ],
    check: (p) => expect(p.advice).toBeUndefined(),
  },
];

describe('every pressed place passes one safety check', () => {
  it.each(ROWS)(
    '$name ($source)',
    ({ patches, includes = [], excludes = [], because = [], check }) => {
      const p = asPlan(outcome(...patches));
      const ids = p.steps.map(stepId);
      for (const id of includes) expect(ids, `includes ${id}`).toContain(id);
      for (const id of excludes) {
        expect(ids, `excludes ${id}`).not.toContain(id);
        expect(outDecisions(p, id).length, `a reason for leaving out ${id}`).toBeGreaterThan(0);
      }
      for (const b of because) {
        const hit = outDecisions(p, b.id).find(
          (d) =>
            b.reason.test(d.reason) &&
            (!b.sides || d.sides.join() === b.sides.join()) &&
            (!b.source || d.source === b.source),
        );
        expect(
          hit,
          `${b.id}: ${b.reason} in ${JSON.stringify(outDecisions(p, b.id))}`,
        ).toBeDefined();
      }
      check?.(p);
    },
  );
});
