import type { CareChange } from './care-types.js';
import { PRESSURE_FLOOR, PRESSURE_STEP, STRONG_SORENESS } from './care-defaults.js';
import type { SessionRecord } from '../session/session-record.js';

// Signs that the pressure was too much lower the next target. Lowering is an Acupress default
// (no source prescribes it); the reasons behind it (docs/clinical-sources.md, "Pressure and side
// effects"): Murphy 2019 reports that the few adverse events of self-acupressure came from too
// much pressure, and the trials' adverse effects are mostly soreness from too much pressure;
// DESIGN.md: after bruising or swelling the next session is lighter (reading a bruise or swelling as too much pressure for that spot is the
// project's reasoning, AcupressSafety). Each session showing any sign lowers the target once, by
// PRESSURE_STEP, never below PRESSURE_FLOOR, never above the plan's own target. Sessions of every
// check-in count: a new check-in does not undo the lowering.

export type PressureCause = 'too-much' | 'soreness' | 'next-day-soreness' | 'bruising' | 'swelling';

export interface PressureTrigger {
  sessionId: string;
  startedAt: string;
  causes: PressureCause[];
}

/** The sessions (in the order given) that showed too much pressure, with what showed it. */
export function pressureTriggers(sessions: readonly SessionRecord[]): PressureTrigger[] {
  const out: PressureTrigger[] = [];
  for (const s of sessions) {
    const after = s.log?.after;
    const next = s.nextDay;
    const causes: PressureCause[] = [];
    if (after?.pressure === 'too-much') causes.push('too-much');
    if (after && after.soreness >= STRONG_SORENESS) causes.push('soreness');
    if (next && next.soreness >= STRONG_SORENESS) causes.push('next-day-soreness');
    if ((after?.bruising.length ?? 0) + (next?.bruising.length ?? 0) > 0) causes.push('bruising');
    if ((after?.swelling.length ?? 0) + (next?.swelling.length ?? 0) > 0) causes.push('swelling');
    if (causes.length > 0) out.push({ sessionId: s.id, startedAt: s.startedAt, causes });
  }
  return out;
}

/**
 * A target lowered by `drop` points: never below the floor, and a target already at or below the
 * floor is kept as it is (never raised).
 */
export const lowerTarget = (target: number, drop: number): number =>
  target <= PRESSURE_FLOOR ? target : Math.max(PRESSURE_FLOOR, target - drop);

const CAUSE_WORDS: Record<PressureCause, string> = {
  'too-much': 'the pressure felt too much',
  soreness: 'strong soreness afterwards',
  'next-day-soreness': 'strong soreness the next day',
  bruising: 'a bruise',
  swelling: 'swelling',
};

const list = (words: string[]): string =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

export interface PressureOutcome {
  /** The plan-level target for the next session. */
  target: number;
  /** Points taken off every step's target (each step floored on its own). */
  drop: number;
  changes: CareChange[];
}

/** The next target from the plan's, and one change per triggering session saying why. */
export function adjustPressure(
  planTarget: number,
  triggers: readonly PressureTrigger[],
): PressureOutcome {
  const changes: CareChange[] = [];
  let target = planTarget;
  for (const t of triggers) {
    const next = lowerTarget(target, PRESSURE_STEP);
    const byPressure = t.causes.some((c) => c === 'too-much' || c.endsWith('soreness'));
    const why = byPressure
      ? 'In a trial of self-acupressure the few side effects came from too much pressure (Murphy 2019), and soreness is the usual one.'
      : 'Acupress reads a bruise or swelling after pressing as a sign that the pressure may have been more than that spot could take: the project’s own cautious reasoning, not a trial finding.';
    const move =
      next < target
        ? `the target goes from ${target} to ${next} out of 10`
        : `the target stays at ${target} out of 10, the lowest the plan goes (an Acupress default): if even this leaves you sore or bruised, stop and ask a clinician`;
    changes.push({
      kind: 'pressure-lowered',
      sessionId: t.sessionId,
      source: byPressure ? 'Murphy2019' : 'AcupressSafety',
      text:
        `After a session you reported ${list(t.causes.map((c) => CAUSE_WORDS[c]))}: ` +
        `${move}. ${why} Lowering the target after such signs, by ${PRESSURE_STEP} point per session, down to ${PRESSURE_FLOOR} at the lowest, is an Acupress default.`,
    });
    target = next;
  }
  return { target, drop: triggers.length * PRESSURE_STEP, changes };
}
