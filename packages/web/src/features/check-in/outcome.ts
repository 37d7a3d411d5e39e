import {
  RED_FLAG_IDS,
  makePlan,
  parseAssessment,
  type Assessment,
  type FieldIssue,
  type Plan,
  type Referral,
} from '@acupress/core';
import { positiveFlags, type Draft } from './draft';
import { toAssessmentInput } from './draft';
import { firstIncomplete } from './steps';

// What the check-in leads to, computed here in the browser by core (so it works offline).

export type CheckInOutcome =
  | { kind: 'unfinished'; issues: FieldIssue[] }
  | { kind: 'plan'; plan: Plan }
  | { kind: 'referral'; referral: Referral };

/**
 * The referral for a positive red flag, as soon as the first step and one "yes" are given.
 * Core makes it from the pain map and the flags only; the steps not reached yet (profile,
 * preferences) do not change a referral, so neutral values stand in for them here, and
 * unanswered flags count only as "not reported".
 */
export function referralFrom(d: Draft): Referral | null {
  const assessment = referralAssessment(d);
  if (!assessment) return null;
  const outcome = makePlan(assessment);
  return outcome.kind === 'referral' ? outcome : null;
}

/** The assessment a referral is made from (see referralFrom), or null before one is possible. */
function referralAssessment(d: Draft): Assessment | null {
  if (positiveFlags(d).length === 0 || firstIncomplete(d, 2) < 2) return null;
  const redFlags = Object.fromEntries(
    RED_FLAG_IDS.map((id) => [id, d.redFlags[id] === true]),
  ) as Assessment['redFlags'];
  return {
    pain: d.pain.flatMap((m) =>
      m.quality ? [{ region: m.region, intensity: m.intensity, quality: m.quality }] : [],
    ),
    radiation:
      d.radiationSide === 'none' || !d.radiationSide
        ? { side: 'none' }
        : { side: d.radiationSide, extent: d.radiationExtent || 'above-knee' },
    duration: d.duration || 'acute',
    onset: d.onset || 'gradual',
    redFlags,
    profile: { pregnancy: 'no', bleedingRisk: false, boneFragility: false, sites: [] },
    questionnaires: d.nrs !== null ? { nrs: d.nrs } : {},
    ashi: [],
    preferences: { mode: 'self-care', minutes: 20, sides: 'both' },
  };
}

/** What "Save to my record" sends: the finished check-in's answers as core reads them, or null. */
export function assessmentToSave(d: Draft): Assessment | null {
  // Only answers the person gave: a referral reached before the later steps is shown with
  // neutral stand-ins, and those must never be stored in a health record as if given.
  const parsed = parseAssessment(toAssessmentInput(d));
  return parsed.ok ? parsed.value : null;
}

/** The plan or referral of a finished check-in, or what core still needs. */
export function outcomeFrom(d: Draft): CheckInOutcome {
  const referral = referralFrom(d);
  if (referral) return { kind: 'referral', referral };
  const parsed = parseAssessment(toAssessmentInput(d));
  if (!parsed.ok) return { kind: 'unfinished', issues: parsed.issues ?? [] };
  const outcome = makePlan(parsed.value);
  return outcome.kind === 'plan'
    ? { kind: 'plan', plan: outcome }
    : { kind: 'referral', referral: outcome };
}
