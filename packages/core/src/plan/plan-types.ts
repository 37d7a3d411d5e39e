import type { SourceKey, TemplateId } from '../atlas/types.js';
import type { RedFlagGroup, ReferralFlagId, Urgency } from '../assessment/red-flags.js';

export type PlanSide = 'left' | 'right' | 'midline';

interface StepBase {
  sides: PlanSide[];
  /** How the person lies, sits or stands for this step. */
  position: string;
  /** Hold time for each side, in seconds. */
  holdSeconds: number;
  /** Target on a 0–10 discomfort scale. */
  pressureTarget: number;
  cues: string[];
  /** A tool for reaching the point alone (a ball against a wall), when one is needed. */
  aid?: string;
  /** Why this step is in the plan, in one sentence, with its source. */
  reason: string;
  source: SourceKey;
}

export interface PointStep extends StepBase {
  kind: 'point';
  pointId: string;
  name: string;
}

export interface AshiStep extends StepBase {
  kind: 'ashi';
  /** Index in the assessment's ashi list. */
  ashiIndex: number;
  label: string;
  template: TemplateId;
  x: number;
  y: number;
}

export type PlanStep = PointStep | AshiStep;

/**
 * Why a decision went the way it did: in the plan; left out for safety; left out because of how
 * and where the person presses (reach, chosen side); to fit the time; or because the standard
 * text adds it for a situation this person's answers do not describe, or for a traditional
 * pattern the engine does not assess.
 */
export type DecisionCategory = 'included' | 'safety' | 'how' | 'time' | 'not-indicated';

/** One considered point (or ashi spot): in or out, why, and on what authority. */
export interface Decision {
  category: DecisionCategory;
  /** Atlas id, or `ashi-<n>` (1-based). */
  id: string;
  included: boolean;
  sides: PlanSide[];
  reason: string;
  source: SourceKey;
}

export interface Statement {
  text: string;
  source: SourceKey;
}

export interface Plan {
  kind: 'plan';
  steps: PlanStep[];
  decisions: Decision[];
  totalSeconds: number;
  budgetSeconds: number;
  pressure: { target: number; reason: string; source: SourceKey };
  /**
   * Advice that changes what to do besides pressing (a reason to see a clinician), shown before
   * the steps. Absent when there is none (and in plans made before it existed).
   */
  advice?: Statement[];
  /** What to watch for after sessions (bruising, soreness), each with its source. */
  watch: Statement[];
  notes: Statement[];
}

export interface ReferralSummary {
  reported: string[];
  pain: string[];
  radiation: string;
  duration: string;
  onset: string;
  nrs?: number;
}

export interface Referral {
  kind: 'referral';
  urgency: Urgency;
  advice: string;
  groups: {
    group: RedFlagGroup;
    label: string;
    urgency: Urgency;
    flags: { id: ReferralFlagId; reported: string }[];
  }[];
  summary: ReferralSummary;
}

export type PlanOutcome = Plan | Referral;
