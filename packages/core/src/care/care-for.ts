import type { Care, CareChange, CareInput } from './care-types.js';
import { adaptPlan, stepIdOf, stepLabel } from './adapt-plan.js';
import { sessionSummary, weekSummaries } from './adherence.js';
import { instant, inOrder } from './care-time.js';
import { nextDayDue } from './next-day.js';
import { pauseState } from './pause-rules.js';
import { adjustPressure, pressureTriggers } from './pressure-adjustment.js';
import { progressVerdict } from './progress-verdict.js';
import { restChange, restingSites, siteReports } from './site-rest.js';

/**
 * Care across sessions: from a check-in's plan and the sessions since, the next session's plan
 * (resting sites out, pressure lowered after signs of too much), whether to pause and see a
 * clinician, adherence, the next-day check due, and an honest verdict on progress. Pure and
 * deterministic: the only clock is `input.now`. Every change carries its reason and source.
 */
export function careFor(input: CareInput): Care {
  const nowMs = instant(input.now);
  const ordered = inOrder(input.sessions);
  const baseline = input.baselineNrs ?? ordered[0]?.beforeNrs;

  const resting = restingSites(siteReports(ordered), nowMs);
  const pressure = adjustPressure(input.plan.pressure.target, pressureTriggers(ordered));
  const plan = adaptPlan(input.plan, resting, pressure.target, pressure.drop);
  const paused = pauseState(ordered, baseline);
  const progress = progressVerdict(ordered, nowMs, input.baselineNrs);

  const labels = new Map(input.plan.steps.map((s) => [stepIdOf(s), stepLabel(s)]));
  const review: CareChange[] =
    progress.verdict === 'no-meaningful-change' || progress.verdict === 'worse'
      ? [
          {
            kind: 'review-suggested',
            text:
              progress.verdict === 'worse'
                ? 'Your pain is meaningfully higher than at the start: see a clinician and review whether to carry on.'
                : 'Your pain has not changed meaningfully: review the plan with a clinician, or consider trying something else.',
            source: progress.source,
          },
        ]
      : [];
  const due = nextDayDue(ordered, input.now);

  return {
    status: paused.pause ? 'paused' : 'ready',
    plan,
    pressureTarget: plan.pressure.target,
    changes: [
      ...paused.changes,
      ...resting.map((r) => restChange(r, labels.get(r.stepId) ?? r.stepId)),
      ...pressure.changes,
      ...review,
    ],
    ...(paused.pause ? { pause: paused.pause } : {}),
    history: ordered.map(sessionSummary),
    weeks: weekSummaries(ordered),
    progress,
    ...(due ? { nextDayDue: due } : {}),
  };
}
