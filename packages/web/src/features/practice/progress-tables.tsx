import { PLANNED_SESSIONS_PER_WEEK, type Care } from '@acupress/core';
import { sourceShort } from '../../lib/point-labels';
import { formatDate, formatDateTime } from '../../lib/dates';

// Progress in the person's own numbers: the honest sentence care wrote (with its source), then
// the two figures of adherence, each labelled (how often against the plan's one session a day;
// how fully, minutes pressed against the minutes those sessions planned), and each session's pain
// before and after, as plain tables that a screen reader can walk cell by cell.

const mins = (seconds: number) => Math.round(seconds / 60);
const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** "5 of 6 min (83%)": minutes pressed against minutes planned. */
function Minutes({
  pressed,
  planned,
  ratio,
}: {
  pressed: number;
  planned: number;
  ratio?: number;
}) {
  if (ratio === undefined) return <>Not logged yet</>;
  return (
    <>
      {mins(pressed)} of {mins(planned)} min ({percent(ratio)})
    </>
  );
}

function Weeks({ care }: { care: Care }) {
  if (!care.weeks.length) return null;
  return (
    // Focusable and named: a table wider than a phone scrolls, and keyboards must reach it.
    <div className="practice-table-wrap" role="region" aria-labelledby="weeks-caption" tabIndex={0}>
      <table className="practice-table">
        <caption id="weeks-caption">
          Each week: how often you practised against the plan of one session a day (as in the
          self-acupressure trial, Murphy 2019), and how fully: minutes pressed against the minutes
          those sessions planned
        </caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Sessions of those planned</th>
            <th scope="col">Minutes pressed of those planned</th>
          </tr>
        </thead>
        <tbody>
          {care.weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">
                Week {w.week} <span className="muted">(from {formatDate(w.weekStart)})</span>
              </th>
              <td>
                {w.sessions} of {w.plannedSessions}
                {w.plannedSessions < PLANNED_SESSIONS_PER_WEEK ? (
                  <span className="muted"> (week so far)</span>
                ) : null}
              </td>
              <td>
                {w.logged ? (
                  <Minutes
                    pressed={w.pressedSeconds}
                    planned={w.plannedSeconds}
                    ratio={w.minutesRatio}
                  />
                ) : (
                  'No session logged'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function History({ care }: { care: Care }) {
  if (!care.history.length) return <p>No session yet. Your first one starts the record.</p>;
  const newestFirst = [...care.history].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return (
    <div
      className="practice-table-wrap"
      role="region"
      aria-labelledby="sessions-caption"
      tabIndex={0}
    >
      <table className="practice-table">
        <caption id="sessions-caption">
          Each session: pain (0–10) before and after, and time pressed
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Pain before → after</th>
            <th scope="col">Minutes pressed of those planned</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((s) => (
            <tr key={s.id}>
              <th scope="row">{formatDateTime(s.startedAt)}</th>
              <td>
                {s.beforeNrs} → {s.afterNrs ?? '…'}
                {s.afterNrs === undefined ? (
                  <span className="visually-hidden"> (not logged yet)</span>
                ) : null}
              </td>
              <td>
                {s.logged ? (
                  <Minutes
                    pressed={s.pressedSeconds}
                    planned={s.plannedSeconds}
                    ratio={s.minutesRatio}
                  />
                ) : (
                  'Not logged yet'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProgressSection({ care }: { care: Care }) {
  return (
    <section aria-labelledby="progress-heading" className="practice-section">
      <h2 id="progress-heading">Progress so far</h2>
      <p className="practice-verdict">
        {care.progress.text}{' '}
        <span className="plan-source">({sourceShort(care.progress.source)})</span>
      </p>
      <Weeks care={care} />
      <h3 className="practice-sub">Sessions</h3>
      <History care={care} />
    </section>
  );
}
