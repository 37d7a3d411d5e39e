import type { Care } from '@acupress/core';
import { Notice } from '../../components/notice';
import { sourceShort } from '../../lib/point-labels';

// Why sessions are paused, what to do now and, apart, how they start again. A swelling in the
// calf (a possible blood clot) is not a routine pause: its title says "See a doctor today", it is
// announced as an alert, and its advice comes before anything else.

export function PauseNotice({
  pause,
  titleAs,
  routineTitle = 'Sessions are paused',
}: {
  pause: NonNullable<Care['pause']>;
  titleAs: 'h2' | 'h3';
  /** The title of a pause that is not urgent (the session page's own heading says "paused"). */
  routineTitle?: string;
}) {
  const urgent = pause.urgency === 'same-day';
  const advice = <p className="practice-pause__advice">{pause.advice}</p>;
  return (
    <Notice
      tone="danger"
      title={urgent ? 'See a doctor today' : routineTitle}
      titleAs={titleAs}
      role={urgent ? 'alert' : undefined}
      className={urgent ? 'practice-pause practice-pause--today' : 'practice-pause'}
    >
      {urgent ? advice : null}
      <ul className="practice-list">
        {pause.reasons.map((r) => (
          <li key={r.text}>
            {r.text} <span className="plan-source">({sourceShort(r.source)})</span>
          </li>
        ))}
      </ul>
      {urgent ? null : advice}
      <p className="practice-pause__lifts">
        {urgent ? 'Sessions are paused. ' : ''}
        {pause.lifts}
      </p>
    </Notice>
  );
}
