import type { Assessment } from '../assessment/assessment-schema.js';
import { parseAssessment } from '../assessment/assessment-schema.js';
import type { TemplateId } from '../atlas/types.js';
import { ok, type Result } from '../result.js';
import { ashiLabel, ashiReason } from './ashi-steps.js';
import { ACUTE_STRAIN_PATTERN, proposeCandidates, unproposedAddedPoints } from './candidates.js';
import { carries, cuesFor } from './cues.js';
import { HOLD_SECONDS, LIGHT_PRESSURE, pressureFor } from './dosing.js';
import { adviceFor, notesFor } from './plan-notes.js';
import type { Decision, Plan, PlanOutcome, PlanSide, PlanStep } from './plan-types.js';
import { ashiSides, pointSides, type SidePlaces } from './pressed-places.js';
import { BALL_AID, positionFor, selfCareReach } from './reach.js';
import { referralFor } from './referral.js';
import { checkChosenSide, checkSafety, type Block } from './safety.js';

function toDecisions(id: string, blocks: readonly Block[], out: Decision[]): void {
  for (const b of blocks) {
    out.push({
      category: b.category,
      id,
      included: false,
      sides: b.sides,
      reason: b.reason,
      source: b.source,
    });
  }
}

/** What a plan gathers while its steps are chosen (one per plan: no closures in the hot path). */
class PlanBuilder {
  readonly steps: PlanStep[] = [];
  readonly decisions: Decision[] = [];
  total = 0;
  readonly budget: number;
  readonly pressure: number;
  private readonly noTime: string;

  constructor(
    private readonly a: Assessment,
    pressure: number,
  ) {
    this.budget = a.preferences.minutes * 60;
    this.pressure = pressure;
    this.noTime = `Left out to fit the ${a.preferences.minutes} minutes you have: it comes after the steps kept.`;
  }

  /** Keeps a step's sides if they fit the time; a decision either way. */
  fits(id: string, sides: PlanSide[]): boolean {
    const seconds = HOLD_SECONDS * sides.length;
    if (this.total + seconds > this.budget) {
      this.decisions.push({
        id,
        included: false,
        sides,
        category: 'time',
        reason: this.noTime,
        source: 'AcupressDefault',
      });
      return false;
    }
    this.total += seconds;
    return true;
  }

  /** Lighter where a vessel runs beneath any pressed place. */
  pressureOf(sides: readonly SidePlaces[]): number {
    return carries(sides, 'vessel') ? Math.min(this.pressure, LIGHT_PRESSURE) : this.pressure;
  }

  /** Safety first, then the side the person chose. */
  safe(id: string, all: readonly SidePlaces[]): readonly SidePlaces[] {
    const safe = checkSafety(all, this.a);
    toDecisions(id, safe.blocks, this.decisions);
    return safe.allowed;
  }

  chosen(id: string, all: readonly SidePlaces[]): readonly SidePlaces[] {
    const chosen = checkChosenSide(all, this.a.preferences.sides);
    if (chosen.block) toDecisions(id, [chosen.block], this.decisions);
    return chosen.allowed;
  }
}

/**
 * The plan engine: a referral if any red flag is raised, otherwise a plan of ordered steps that
 * fits the time available, with a reason and source for every point considered. Every place a
 * step presses, on every side, passes the one safety judgement of its location (safety.ts).
 * Pure and deterministic.
 */
export function makePlan(a: Assessment): PlanOutcome {
  const referral = referralFor(a);
  if (referral) return referral;

  const pressure = pressureFor(a.profile);
  const b = new PlanBuilder(a, pressure.target);
  const { steps, decisions } = b;

  // Marked tender spots first.
  const why = ashiReason(a);
  for (let i = 0; i < a.ashi.length; i++) {
    const mark = a.ashi[i]!;
    const id = `ashi-${i + 1}`;
    const all = ashiSides(mark);
    const kept = b.chosen(id, b.safe(id, all));
    const sides = kept.map((s) => s.side);
    if (sides.length === 0 || !b.fits(id, sides)) continue;
    steps.push({
      kind: 'ashi',
      ashiIndex: i,
      label: ashiLabel(mark, i, all),
      template: mark.template as TemplateId,
      x: mark.x,
      y: mark.y,
      sides,
      position:
        a.preferences.mode === 'self-care'
          ? 'Whatever position lets you reach the spot comfortably.'
          : 'Positioned so the spot is easy to reach.',
      holdSeconds: HOLD_SECONDS,
      pressureTarget: b.pressureOf(kept),
      cues: cuesFor(kept),
      reason: why.reason,
      source: why.source,
    });
    decisions.push({
      category: 'included',
      id,
      included: true,
      sides,
      reason: why.reason,
      source: why.source,
    });
  }

  const candidates = proposeCandidates(a);
  for (const c of candidates) {
    const id = c.point.id;
    const safe = b.safe(
      id,
      pointSides(c.point).filter((s) => c.sides.has(s.side)),
    );
    if (safe.length === 0) continue;
    if (a.preferences.mode === 'self-care' && selfCareReach(c.point) === 'helper') {
      decisions.push({
        id,
        included: false,
        sides: safe.map((s) => s.side),
        category: 'how',
        reason: 'Hard to find and press on your own; a practitioner or a helper can do it.',
        source: 'AcupressDefault',
      });
      continue;
    }
    const kept = b.chosen(id, safe);
    const sides = kept.map((s) => s.side);
    if (sides.length === 0 || !b.fits(id, sides)) continue;
    const aid = a.preferences.mode === 'self-care' && selfCareReach(c.point) === 'aid';
    steps.push({
      kind: 'point',
      pointId: id,
      name: `${id} ${c.point.pinyin}`,
      sides,
      position: positionFor(c.point, a.preferences.mode, aid ? 'aid' : 'hands'),
      holdSeconds: HOLD_SECONDS,
      pressureTarget: b.pressureOf(kept),
      cues: cuesFor(kept),
      ...(aid ? { aid: BALL_AID } : {}),
      reason: c.reason,
      source: c.source,
    });
    decisions.push({
      category: 'included',
      id,
      included: true,
      sides,
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

  const advice = adviceFor(a);
  return {
    kind: 'plan',
    steps,
    decisions,
    totalSeconds: b.total,
    budgetSeconds: b.budget,
    pressure: { target: pressure.target, reason: pressure.reason, source: pressure.source },
    ...(advice.length ? { advice } : {}),
    watch: pressure.watch,
    notes: notesFor(a, steps),
  };
}

/** Validate, then plan: for the CLI and the HTTP API. */
export function planFromInput(input: unknown): Result<PlanOutcome> {
  const parsed = parseAssessment(input);
  return parsed.ok ? ok(makePlan(parsed.value)) : parsed;
}

export type { Plan };
