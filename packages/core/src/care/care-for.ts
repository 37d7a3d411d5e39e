import type { Care, CareChange, CareInput } from './care-types.js';
import { adaptPlan, stepIdOf, stepLabel } from './adapt-plan.js';
import { sessionSummary, weekSummaries } from './adherence.js';
import { instant, inOrder } from './care-time.js';
import { nextDayDue } from './next-day.js';
import { siteLocator } from './calf-places.js';
import { pauseState } from './pause-rules.js';
import { adjustPressure, pressureTriggers } from './pressure-adjustment.js';
import { progressVerdict } from './progress-verdict.js';
import { restChange, restingSites, returningSites, SIDE_WORDS, siteReports } from './site-rest.js';
import type { PlanSide } from '../plan/plan-types.js';

/**
 * Care across sessions: from the latest check-in's plan and all the person's sessions (of every
 * check-in), the next session's plan
 * (resting sites out, pressure lowered after signs of too much), whether to pause and see a
 * clinician, adherence, the next-day check due, and an honest verdict on progress. Pure and
 * deterministic: the only clock is `input.now`. Every change carries its reason and source.
 */
export function careFor(input: CareInput): Care {
  const nowMs = instant(input.now);
  const ordered = inOrder(input.sessions);
  const baseline = input.baselineNrs ?? ordered[0]?.beforeNrs;

  const labels = new Map(input.plan.steps.map((s) => [stepIdOf(s), stepLabel(s)]));
  const inPlan = new Set(
    input.plan.steps.flatMap((s) => s.sides.map((d) => `${stepIdOf(s)}:${d}`)),
  );
  const siteLabel = (site: string): string => {
    const i = site.lastIndexOf(':');
    const side = SIDE_WORDS[site.slice(i + 1) as PlanSide] ?? site.slice(i + 1);
    return `${labels.get(site.slice(0, i)) ?? site.slice(0, i)}, ${side}`;
  };

  const reports = siteReports(ordered);
  const resting = restingSites(reports, nowMs);
  const returning = returningSites(reports, ordered, nowMs);
  const pressure = adjustPressure(input.plan.pressure.target, pressureTriggers(ordered));
  const plan = adaptPlan(input.plan, resting, pressure.target, pressure.drop, returning);
  const locate = siteLocator(input.plan, input.checkInId);
  const paused = pauseState(ordered, baseline, input.checkInAt, siteLabel, locate);
  const progress = progressVerdict(ordered, nowMs, input.baselineNrs);

  const review: CareChange[] =
    progress.verdict === 'no-meaningful-change' || progress.verdict === 'worse'
      ? [
          {
            kind: 'review-suggested',
            text:
              progress.verdict === 'worse'
                ? 'Your pain is meaningfully higher than at the start: see a clinician and review whether to carry on.'
                : 'Your pain has not changed meaningfully: keep exercising and staying active, and review the plan with a clinician, or consider trying something else.',
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
      // Only sites the current plan presses: a rest elsewhere changes nothing in it.
      ...resting
        .filter((r) => inPlan.has(r.site))
        .map((r) => restChange(r, labels.get(r.stepId) ?? r.stepId)),
      ...pressure.changes,
      ...review,
    ],
    ...(paused.pause ? { pause: paused.pause } : {}),
    history: ordered.map(sessionSummary),
    weeks: weekSummaries(ordered, nowMs),
    progress,
    ...(due ? { nextDayDue: due } : {}),
  };
}
