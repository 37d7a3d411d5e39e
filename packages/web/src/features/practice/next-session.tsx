import type { Care } from '@acupress/core';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { sourceShort } from '../atlas/point-labels';
import { sidesText } from '../check-in/plan-step';
import { stepIdOf, stepLabelOf } from './session-body';
import { PRACTICE_SESSION_PATH } from './paths';

// The next session as care adapted it: paused (why, and what to do, with no way to start), or
// ready with its points and sides, every change with its reason and source, and one big button.

const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

function Paused({ care }: { care: Care }) {
  return (
    <Notice tone="danger" title="Sessions are paused" titleAs="h3" className="practice-pause">
      <ul className="practice-list">
        {care.pause?.reasons.map((r) => (
          <li key={r.text}>
            {r.text} <span className="plan-source">({sourceShort(r.source)})</span>
          </li>
        ))}
      </ul>
      {care.pause?.advice ? <p className="practice-pause__advice">{care.pause.advice}</p> : null}
    </Notice>
  );
}

function Changes({ care }: { care: Care }) {
  if (!care.changes.length) return null;
  return (
    <section aria-labelledby="changes-heading" className="practice-changes">
      <h3 id="changes-heading">Changes to this plan</h3>
      <ul className="practice-list">
        {care.changes.map((c) => (
          <li key={`${c.kind}-${c.site ?? ''}-${c.text}`}>
            {c.text} <span className="plan-source">({sourceShort(c.source)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NextSession({ care }: { care: Care }) {
  const paused = care.status === 'paused';
  return (
    <Card as="section" aria-labelledby="next-heading" className="practice-next">
      <h2 id="next-heading">{paused ? 'Your next session' : 'Your next session is ready'}</h2>
      {paused ? (
        <Paused care={care} />
      ) : (
        <>
          <p className="practice-next__lead">
            {care.plan.steps.length} step{care.plan.steps.length === 1 ? '' : 's'}, about{' '}
            {minutes(care.plan.totalSeconds)} minutes. Press to about {care.pressureTarget} out of
            10.
          </p>
          <ol className="practice-steps">
            {care.plan.steps.map((step) => (
              <li key={stepIdOf(step)}>
                <strong>{stepLabelOf(step)}</strong>
                <span className="muted"> · {sidesText(step.sides)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <Changes care={care} />
      {paused ? null : (
        <p>
          <ButtonLink to={PRACTICE_SESSION_PATH} block className="practice-start">
            Start session
          </ButtonLink>
        </p>
      )}
    </Card>
  );
}
