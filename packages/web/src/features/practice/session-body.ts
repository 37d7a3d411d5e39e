import {
  siteKey,
  type Care,
  type PlanSide,
  type PlanStep,
  type SessionStart,
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
  /** In plain words, with the point's name: "BL23 Shenshu, left side". */
  label: string;
}

const SIDE_WORDS: Record<PlanSide, string> = {
  left: 'left side',
  right: 'right side',
  midline: 'midline',
};

/** One side of a step: `label` is the step's own ("BL23 Shenshu"), the id when it has none. */
export function siteOf(stepId: string, side: PlanSide, label = stepId): Site {
  return { key: siteKey(stepId, side), label: `${label || stepId}, ${SIDE_WORDS[side]}` };
}

/**
 * Every side of every step of a session's start, in order: what the after and next-day forms
 * offer. Skipped and stopped sides too, since a side pressed and then skipped (or a session
 * stopped mid-hold) is exactly where a bruise is likely.
 */
export function plannedSites(steps: SessionStart['steps']): Site[] {
  const sites = steps.flatMap((s) => s.sides.map((side) => siteOf(s.stepId, side, s.label)));
  return sites.filter((s, i) => sites.findIndex((p) => p.key === s.key) === i);
}
