import type { BodyArea } from '../atlas/body-areas.js';
import { parseAssessment, type AssessmentInput } from '../assessment/assessment-schema.js';
import type { SiteKind } from '../assessment/site-kinds.js';
import { makePlan } from './make-plan.js';
import type { Decision, Plan, PlanOutcome, PlanStep } from './plan-types.js';
import { baseAssessment } from './test-assessments.js';

// Small builders for the plan engine's table tests: a patch changes the base assessment.

export type Patch = (a: AssessmentInput) => void;

export function outcome(...patches: Patch[]): PlanOutcome {
  const a = baseAssessment();
  for (const p of patches) p(a);
  const parsed = parseAssessment(a);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return makePlan(parsed.value);
}

export const asPlan = (o: PlanOutcome): Plan => {
  if (o.kind !== 'plan') throw new Error(`expected a plan, got a referral: ${o.urgency}`);
  return o;
};

export const stepId = (s: PlanStep): string =>
  s.kind === 'point' ? s.pointId : `ashi-${s.ashiIndex + 1}`;
export const step = (p: Plan, id: string): PlanStep | undefined =>
  p.steps.find((s) => stepId(s) === id);
export const outDecisions = (p: Plan, id: string): Decision[] =>
  p.decisions.filter((d) => d.id === id && !d.included);

export const pregnant: Patch = (a) => void (a.profile.pregnancy = 'yes');
export const unsure: Patch = (a) => void (a.profile.pregnancy = 'unsure');
export const minutes =
  (m: number): Patch =>
  (a) =>
    void (a.preferences.minutes = m);
export const chooseSide =
  (side: 'left' | 'right'): Patch =>
  (a) =>
    void (a.preferences.sides = side);
export const pain =
  (...regions: string[]): Patch =>
  (a) =>
    void (a.pain = regions.map((region) => ({ region, intensity: 6, quality: 'aching' as const })));
export const radiating =
  (side: 'left' | 'right' | 'both', extent: 'above-knee' | 'below-knee'): Patch =>
  (a) =>
    void (a.radiation = { side, extent });
/** Pain on both legs that the person says does not come from the back. */
export const separateLegPain: Patch = (a) =>
  void (a.radiation = { ...a.radiation, separateLegPain: true });
export const acuteStrain: Patch = (a) => void ((a.duration = 'acute'), (a.onset = 'sudden-strain'));
export const site =
  (
    kind: SiteKind,
    region: Exclude<BodyArea, 'body'>,
    side: 'left' | 'right' | 'both' | 'midline',
  ): Patch =>
  (a) =>
    void (a.profile.sites = [...(a.profile.sites ?? []), { kind, region, side }]);
export const spot =
  (
    template: 'posterior' | 'anterior' | 'lateral-leg' | 'medial-foot' | 'dorsal-hand',
    x: number,
    y: number,
    side?: 'left' | 'right' | 'both',
  ): Patch =>
  (a) =>
    void (a.ashi = [...(a.ashi ?? []), { template, x, y, ...(side ? { side } : {}) }]);
