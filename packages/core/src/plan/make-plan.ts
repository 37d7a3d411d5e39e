import { RED_FLAG_IDS, redFlagOutcome, type RedFlagId } from '../assessment/red-flags.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import { parseAssessment } from '../assessment/assessment-schema.js';
import type { Acupoint, TemplateId } from '../atlas/types.js';
import { ok, type Result } from '../result.js';
import { ashiBlock, placeAshi } from './ashi.js';
import { ACUTE_STRAIN_PATTERN, proposeCandidates, unproposedAddedPoints } from './candidates.js';
import {
  HOLD_SECONDS,
  LIGHT_PRESSURE,
  OTHER_SIDE_CUE,
  TECHNIQUE_CUES,
  pressureFor,
} from './dosing.js';
import type { Decision, Plan, PlanOutcome, PlanSide, PlanStep, Statement } from './plan-types.js';
import { BALL_AID, positionFor, selfCareReach } from './reach.js';
import { referralFor } from './referral.js';
import { checkPoint } from './safety.js';

const DO_NOT_PRESS: Statement = {
  text: 'Never press on broken, irritated or blistered skin, bruises, new scars, varicose veins, or swollen, inflamed areas.',
  source: 'AcupressSafety',
};

function cuesFor(p: Acupoint, sides: PlanSide[]): string[] {
  const cues = [...TECHNIQUE_CUES];
  const flags = new Set(p.cautions.map((c) => c.flag));
  if (flags.has('vessel'))
    cues.push('Light pressure only: a blood vessel runs beneath. Move off if you feel a pulse.');
  if (flags.has('nerve')) cues.push('Stop at once if you feel a shooting or electric sensation.');
  if (flags.has('calf-swelling'))
    cues.push('Do not press if the calf is swollen, red or hot: see a doctor the same day.');
  if (sides.length > 1) cues.push(OTHER_SIDE_CUE);
  return cues;
}

/** The positive red flags, including those the pain map itself reports. */
function positiveFlags(a: Assessment): RedFlagId[] {
  const flags = RED_FLAG_IDS.filter((id) => a.redFlags[id]);
  // Pain radiating down both legs is "sciatica in both legs" (clinical-facts §5), whatever
  // the answer to the question was: safety takes the more worrying of the two.
  if (a.radiation.side === 'both' && !flags.includes('both-legs-sciatica'))
    flags.push('both-legs-sciatica');
  return flags;
}

/**
 * The plan engine: a referral if any red flag is positive, otherwise a plan of ordered steps
 * that fits the time available, with a reason and source for every point considered.
 * Pure and deterministic.
 */
export function makePlan(a: Assessment): PlanOutcome {
  const red = redFlagOutcome(positiveFlags(a));
  if (red) return referralFor(a, red);

  const pressure = pressureFor(a.profile);
  const budgetSeconds = a.preferences.minutes * 60;
  const steps: PlanStep[] = [];
  const decisions: Decision[] = [];
  let total = 0;
  const fits = (seconds: number): boolean => total + seconds <= budgetSeconds;
  const noTime = `Left out to fit the ${a.preferences.minutes} minutes you have: it comes after the steps kept.`;

  // Marked ashi points first (CAM lists ashi points for acute strain; the issue puts them first).
  a.ashi.forEach((mark, i) => {
    const id = `ashi-${i + 1}`;
    const place = placeAshi(mark, i);
    const block = ashiBlock(place, a);
    if (block)
      return void decisions.push({
        id,
        included: false,
        sides: block.sides,
        category: block.category,
        reason: block.reason,
        source: block.source,
      });
    if (!fits(HOLD_SECONDS))
      return void decisions.push({
        id,
        included: false,
        sides: [place.side],
        category: 'time',
        reason: noTime,
        source: 'AcupressDefault',
      });
    total += HOLD_SECONDS;
    const reason = 'You marked this tender spot; tender spots come first.';
    steps.push({
      kind: 'ashi',
      ashiIndex: i,
      label: place.label,
      template: mark.template as TemplateId,
      x: mark.x,
      y: mark.y,
      sides: [place.side],
      position:
        a.preferences.mode === 'self-care'
          ? 'Whatever position lets you reach the spot comfortably.'
          : 'Positioned so the spot is easy to reach.',
      holdSeconds: HOLD_SECONDS,
      pressureTarget: pressure.target,
      cues: [...TECHNIQUE_CUES],
      reason,
      source: 'CAM',
    });
    decisions.push({
      category: 'included',
      id,
      included: true,
      sides: [place.side],
      reason,
      source: 'CAM',
    });
  });

  const candidates = proposeCandidates(a);
  for (const c of candidates) {
    const { allowed, blocks } = checkPoint(c.point, [...c.sides], a);
    for (const b of blocks)
      decisions.push({
        id: c.point.id,
        included: false,
        sides: b.sides,
        category: b.category,
        reason: b.reason,
        source: b.source,
      });
    if (allowed.length === 0) continue;
    const seconds = HOLD_SECONDS * allowed.length;
    if (!fits(seconds)) {
      decisions.push({
        id: c.point.id,
        included: false,
        sides: allowed,
        category: 'time',
        reason: noTime,
        source: 'AcupressDefault',
      });
      continue;
    }
    total += seconds;
    const light = c.point.cautions.some((x) => x.flag === 'vessel');
    const aid = a.preferences.mode === 'self-care' && selfCareReach(c.point) === 'aid';
    steps.push({
      kind: 'point',
      pointId: c.point.id,
      name: `${c.point.id} ${c.point.pinyin}`,
      sides: allowed,
      position: positionFor(c.point, a.preferences.mode, aid ? 'aid' : 'hands'),
      holdSeconds: HOLD_SECONDS,
      pressureTarget: light ? Math.min(pressure.target, LIGHT_PRESSURE) : pressure.target,
      cues: cuesFor(c.point, allowed),
      ...(aid ? { aid: BALL_AID } : {}),
      reason: c.reason,
      source: c.source,
    });
    decisions.push({
      category: 'included',
      id: c.point.id,
      included: true,
      sides: allowed,
      reason: c.reason,
      source: c.source,
    });
  }

  const proposed = new Set(candidates.map((c) => c.point.id));
  if (candidates.some((c) => c.tier === 1)) {
    for (const p of unproposedAddedPoints(proposed)) {
      const pattern = p.prescription.role === 'added' ? p.prescription.pattern : '';
      decisions.push({
        category: 'not-indicated',
        id: p.id,
        included: false,
        sides: p.laterality === 'midline' ? ['midline'] : ['left', 'right'],
        reason:
          pattern === ACUTE_STRAIN_PATTERN
            ? 'Added in the standard text for a recent sudden strain; your answers do not describe one.'
            : `Added in the standard text for the traditional "${pattern}" pattern, which Acupress does not assess.`,
        source: 'CAM',
      });
    }
  }

  return {
    kind: 'plan',
    steps,
    decisions,
    totalSeconds: total,
    budgetSeconds,
    pressure: { target: pressure.target, reason: pressure.reason, source: pressure.source },
    watch: pressure.watch,
    notes: notesFor(a, steps),
  };
}

function notesFor(a: Assessment, steps: PlanStep[]): Statement[] {
  const notes: Statement[] = [DO_NOT_PRESS];
  if (a.profile.pregnancy !== 'no') {
    notes.push({
      text: 'Points traditionally avoided in pregnancy and every low back and sacral point are left out. A 2015 review found no objective evidence of harm from them; leaving them out is a cautious default.',
      source: 'Carr2015',
    });
  }
  if (a.pain.some((m) => m.region.startsWith('thigh-lateral'))) {
    notes.push({
      text: 'No point of the atlas lies on the outer thigh: mark tender spots you find there, and they are pressed first.',
      source: 'AcupressDefault',
    });
  }
  if (steps.length === 0) {
    notes.push({
      text: 'No point is suitable for your answers today. A practitioner can look at what is possible for you.',
      source: 'AcupressSafety',
    });
  }
  notes.push({
    text: 'Murphy 2019 used 3 minutes per point, 27–30 minutes a day, for 6 weeks.',
    source: 'Murphy2019',
  });
  return notes;
}

/** Validate, then plan: for the CLI and the HTTP API. */
export function planFromInput(input: unknown): Result<PlanOutcome> {
  const parsed = parseAssessment(input);
  return parsed.ok ? ok(makePlan(parsed.value)) : parsed;
}

export type { Plan };
