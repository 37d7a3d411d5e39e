import type { ReactNode } from 'react';
import { SOURCES, TECHNIQUE_CUES, type Plan, type SourceKey } from '@acupress/core';
import { Button, ButtonLink } from '../../components/button';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { Link, navigate } from '../../router';
import { sourceShort } from '../../lib/point-labels';
import { clearDraft } from './draft-store';
import { LeftOut } from './left-out';
import { stepHref } from './paths';
import { PlanStepCard } from './plan-step';

const minutes = (seconds: number): number => Math.round(seconds / 60);

function usedSources(plan: Plan): SourceKey[] {
  return [
    ...new Set<SourceKey>([
      ...plan.steps.map((s) => s.source),
      plan.pressure.source,
      ...plan.decisions.map((d) => d.source),
      ...plan.watch.map((w) => w.source),
      ...plan.notes.map((n) => n.source),
      ...(plan.advice ?? []).map((n) => n.source),
    ]),
  ];
}

export interface PlanViewProps {
  plan: Plan;
  /** A plan saved in the person's record: its date and the way back, instead of the check-in's actions. */
  saved?: { date: string; back: ReactNode };
  /** "Save to my record" (or the line about signing in), under the plan's actions. */
  record?: ReactNode;
}

/** The plan: ordered steps with where, how hard, how long and why; what was left out and why. */
export function PlanView({ plan, saved, record }: PlanViewProps) {
  const total = minutes(plan.totalSeconds);
  const budget = minutes(plan.budgetSeconds);
  const startAgain = () => {
    clearDraft();
    navigate(stepHref(1));
  };
  return (
    <div className="plan">
      <PageHeader
        eyebrow={saved ? `Saved check-in · ${saved.date}` : 'Check-in · Your plan'}
        title="Your acupressure plan"
        documentTitle={saved ? 'Saved plan' : 'Your plan'}
        lead={`${
          plan.steps.length
            ? `${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}, about ${total} minutes of the ${budget} you have. `
            : ''
        }${saved ? `Made from your answers of ${saved.date}.` : 'Made on this device from your answers.'}`}
      />

      {plan.advice?.length ? (
        <Notice tone="caution" title="See a clinician" titleAs="h2" className="plan-advice">
          {plan.advice.map((a) => (
            <p key={a.text}>
              {a.text} <span className="plan-source">({sourceShort(a.source)})</span>
            </p>
          ))}
        </Notice>
      ) : null}

      <div className="plan-layout">
        <aside className="plan-aside" aria-labelledby="pressure-heading">
          <section className="plan-panel">
            <h2 id="pressure-heading" tabIndex={-1}>
              How to press
            </h2>
            <p className="plan-panel__big">About {plan.pressure.target} out of 10</p>
            <p>
              {plan.pressure.reason}{' '}
              <span className="plan-source">({sourceShort(plan.pressure.source)})</span>
            </p>
            <h3 className="plan-panel__sub">At each point</h3>
            <ol className="plan-cues">
              {TECHNIQUE_CUES.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ol>
          </section>
        </aside>

        <div className="plan-main">
          <section aria-labelledby="steps-heading" className="plan-section">
            <h2 id="steps-heading">Your steps, in order</h2>
            {plan.steps.length ? (
              <ol className="plan-steps">
                {plan.steps.map((step, i) => (
                  <PlanStepCard
                    key={step.kind === 'point' ? step.pointId : `ashi-${step.ashiIndex}`}
                    step={step}
                    index={i}
                    usualPressure={plan.pressure.target}
                  />
                ))}
              </ol>
            ) : (
              <p>No point is in this plan: see the notes below.</p>
            )}
            <p className="plan-total">
              <strong>Total: about {total} minutes</strong> of the {budget} minutes you have.
            </p>
          </section>

          <section aria-labelledby="left-out-heading" className="plan-section">
            <h2 id="left-out-heading">Left out, and why</h2>
            <LeftOut decisions={plan.decisions} />
          </section>

          {plan.watch.length ? (
            <section className="plan-section" aria-labelledby="watch-heading">
              <h2 id="watch-heading">Afterwards, watch for</h2>
              <ul className="plan-notes">
                {plan.watch.map((w) => (
                  <li key={w.text}>
                    {w.text} <span className="plan-source">({sourceShort(w.source)})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="plan-section" aria-labelledby="notes-heading">
            <h2 id="notes-heading">Good to know</h2>
            <ul className="plan-notes">
              {plan.notes.map((n) => (
                <li key={n.text}>
                  {n.text} <span className="plan-source">({sourceShort(n.source)})</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>

      <Notice title="Guided sessions" titleAs="h2" className="plan-later">
        {saved ? (
          <p>
            A guided session times each hold, tells you when to switch sides, and adapts the next
            plan to how you felt afterwards. It follows the plan of your latest saved check-in:{' '}
            <Link to="/practice">open your practice</Link>.
          </p>
        ) : (
          <p>
            Save this plan to your record (it needs an account), then a guided session times each
            hold, tells you when to switch sides, and adapts the next plan to how you felt
            afterwards. Without one, follow the steps in order with a clock for the holds.
          </p>
        )}
      </Notice>

      {saved ? (
        <div className="plan-actions">{saved.back}</div>
      ) : (
        <>
          <div className="plan-actions">
            <ButtonLink to={stepHref(1)} variant="secondary">
              Change my answers
            </ButtonLink>
            <Button variant="quiet" onClick={startAgain}>
              Start a new check-in
            </Button>
          </div>
          {record}
        </>
      )}

      <section aria-labelledby="sources-heading" className="plan-section plan-sources">
        <h2 id="sources-heading">Sources</h2>
        <ul className="sources">
          {usedSources(plan).map((key) => (
            <li key={key}>
              <strong>{sourceShort(key)}.</strong> {SOURCES[key].citation}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
