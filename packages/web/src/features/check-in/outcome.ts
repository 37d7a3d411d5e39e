import {
  makePlan,
  parseAssessment,
  referralFromAnswers,
  type Assessment,
  type FieldIssue,
  type Plan,
  type Referral,
} from '@acupress/core';
import { referralAnswers, toAssessmentInput, type Draft } from './draft';
import { firstIncomplete } from './steps';

// What the check-in leads to, computed here in the browser by core (so it works offline).

export type CheckInOutcome =
  | { kind: 'unfinished'; issues: FieldIssue[] }
  | { kind: 'plan'; plan: Plan }
  | { kind: 'referral'; referral: Referral };

/**
 * The referral for a raised red flag, as soon as the first step is answered and one flag is
 * raised: core makes it from the answers given so far, and reports the others as not answered.
 */
export function referralFrom(d: Draft): Referral | null {
  if (firstIncomplete(d, 2) < 2) return null;
  return referralFromAnswers(referralAnswers(d));
}

/** What "Save to my record" sends: the finished check-in's answers as core reads them, or null. */
export function assessmentToSave(d: Draft): Assessment | null {
  // Only a finished check-in is stored: a referral reached before the later steps has
  // unanswered questions, and nothing may be stored as if it had been answered.
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
