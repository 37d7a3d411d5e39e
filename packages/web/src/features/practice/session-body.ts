import {
  siteKey,
  type Care,
  type PlanSide,
  type PlanStep,
  type SessionStart,
  type StepLog,
} from '@acupress/core';

// The request bodies and URLs of a session, built from the plan: pure, so the pages stay thin
// and the tests can check exactly what would be sent.

export const CARE_PATH = '/api/people/me/care';
export const SESSIONS_PATH = '/api/people/me/sessions';
export const sessionPath = (id: string) => `${SESSIONS_PATH}/${encodeURIComponent(id)}`;
export const logPath = (id: string) => `${sessionPath(id)}/log`;
export const nextDayPath = (id: string) => `${sessionPath(id)}/next-day`;

/** A step's id in the session record: its atlas id, or `ashi-<n>` (1-based, as in decisions). */
export function stepIdOf(step: PlanStep): string {
  return step.kind === 'point' ? step.pointId : `ashi-${step.ashiIndex + 1}`;
}

/** "BL23 Shenshu", or the tender spot's own label. */
export function stepLabelOf(step: PlanStep): string {
  // A point's name may already lead with its id ("BL23 Shenshu"): never say it twice.
  const label =
    step.kind === 'point'
      ? step.name.startsWith(step.pointId)
        ? step.name
        : `${step.pointId} ${step.name}`
      : step.label;
  return label.slice(0, 120) || stepIdOf(step);
}

export function startBody(
  care: Care,
  checkInId: string,
  beforeNrs: number,
  now = new Date(),
): SessionStart {
  return {
    checkInId,
    startedAt: now.toISOString(),
    beforeNrs,
    plannedSeconds: care.plan.totalSeconds,
    pressureTarget: care.pressureTarget,
    steps: care.plan.steps.map((step) => ({
      stepId: stepIdOf(step),
      label: stepLabelOf(step),
      sides: [...step.sides],
    })),
  };
}

export interface Site {
  key: string;
  /** "BL23, left". */
  label: string;
}

const SIDE_WORDS: Record<PlanSide, string> = {
  left: 'left',
  right: 'right',
  midline: 'midline',
};

export function siteOf(stepId: string, side: PlanSide): Site {
  return { key: siteKey(stepId, side), label: `${stepId}, ${SIDE_WORDS[side]}` };
}

/** Every side of every step of a session's start, in order. */
export function plannedSites(steps: SessionStart['steps']): Site[] {
  return steps.flatMap((s) => s.sides.map((side) => siteOf(s.stepId, side)));
}

/**
 * The sites that were pressed (not skipped) in a run; all planned sites when the run says
 * nothing was pressed, so a person can still report a bruise where they pressed anyway.
 */
export function pressedSites(steps: SessionStart['steps'], run: readonly StepLog[]): Site[] {
  const pressed = run.filter((s) => !s.skipped).map((s) => siteOf(s.stepId, s.side));
  const unique = pressed.filter((s, i) => pressed.findIndex((p) => p.key === s.key) === i);
  return unique.length ? unique : plannedSites(steps);
}
