import type { Care } from '@acupress/core';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { pendingFor, useOutbox } from '../../offline';
import { sidesText, sourceShort } from '../../lib/point-labels';
import { stepIdOf, stepLabelOf } from './session-body';
import { PRACTICE_SESSION_PATH } from './paths';
import { PauseNotice } from './pause-notice';
import { UnsentMarksNotice, unsentMarks } from './unsent-marks';

// The next session as care adapted it: paused (why, and what to do, with no way to start), or
// ready with its points and sides, every change with its reason and source, and one big button;
// no button while a log reporting a bruise or swelling waits to be sent (this plan does not rest
// that spot yet), nor while the plan is being asked again after a send.

const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/**
 * "Fri 27 Nov, 10:30" (en-GB) in the person's own locale and time zone: the server keeps UTC, and
 * care's texts carry no clock time. The raw value if it is not a date.
 */
export function formatDayTime(iso: string, locale?: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(d);
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
            {c.kind === 'site-resting' && c.until ? (
              <span className="practice-change__until">
                {' '}
                Back in the plan from: {formatDayTime(c.until)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface NextSessionProps {
  care: Care;
  userId: string;
  /** The care is being asked again (entries just reached the server): this plan is outdated. */
  updating?: boolean;
}

function Start({ marks, updating }: { marks: ReturnType<typeof unsentMarks>; updating: boolean }) {
  if (marks.length) return <UnsentMarksNotice marks={marks} />;
  if (updating) {
    return (
      <p className="muted" role="status">
        Updating your plan with what was just sent…
      </p>
    );
  }
  return (
    <p>
      <ButtonLink to={PRACTICE_SESSION_PATH} block className="practice-start">
        Start session
      </ButtonLink>
    </p>
  );
}

export function NextSession({ care, userId, updating = false }: NextSessionProps) {
  const outbox = useOutbox();
  const marks = unsentMarks(pendingFor(userId, outbox));
  const paused = care.status === 'paused';
  return (
    <Card as="section" aria-labelledby="next-heading" className="practice-next">
      <h2 id="next-heading">{paused ? 'Your next session' : 'Your next session is ready'}</h2>
      {paused && care.pause ? (
        <PauseNotice pause={care.pause} titleAs="h3" />
      ) : paused ? null : (
        <>
          <p className="practice-next__lead">
            {care.plan.steps.length} step{care.plan.steps.length === 1 ? '' : 's'}, about{' '}
            {minutes(care.plan.totalSeconds)} minutes. Press to about {care.pressureTarget} out of
            10.
          </p>
          {/* Where the pressure number comes from: a starting value the project chose, or lowered. */}
          <p className="muted">
            {care.plan.pressure.reason}{' '}
            <span className="plan-source">({sourceShort(care.plan.pressure.source)})</span>
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
      {paused ? null : <Start marks={marks} updating={updating} />}
    </Card>
  );
}
