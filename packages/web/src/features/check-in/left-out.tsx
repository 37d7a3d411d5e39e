import { getPoint, type Decision } from '@acupress/core';
import { Link } from '../../router';
import { sourceShort } from '../../lib/point-labels';

type LeftOutGroup = Exclude<Decision['category'], 'included'>;

const GROUP_TITLE: Record<LeftOutGroup, string> = {
  safety: 'For your safety',
  time: 'To fit your time',
  how: 'Because of how and where you will press',
  'not-indicated': 'Added by the standard text for other situations',
};
const ORDER: readonly LeftOutGroup[] = ['safety', 'time', 'how', 'not-indicated'];

function sidesNote(d: Decision): string {
  if (d.sides.length !== 1 || d.sides[0] === 'midline') return '';
  return ` (${d.sides[0]} side)`;
}

function DecisionName({ d }: { d: Decision }) {
  const point = getPoint(d.id);
  if (point) {
    return (
      <>
        <Link to={`/points/${point.id}`}>
          {point.id} {point.pinyin}
        </Link>
        {sidesNote(d)}
      </>
    );
  }
  const ashi = /^ashi-(\d+)$/.exec(d.id);
  return (
    <>
      {ashi ? `Tender spot ${ashi[1]}` : d.id}
      {sidesNote(d)}
    </>
  );
}

/** Decisions with the same reason and source, together: the reason is said once. */
function byReason(decisions: readonly Decision[]) {
  const out: { reason: string; source: Decision['source']; decisions: Decision[] }[] = [];
  for (const d of decisions) {
    const hit = out.find((g) => g.reason === d.reason && g.source === d.source);
    if (hit) hit.decisions.push(d);
    else out.push({ reason: d.reason, source: d.source, decisions: [d] });
  }
  return out;
}

/** "Left out, and why": every point considered and not in the plan, grouped by kind of reason. */
export function LeftOut({ decisions }: { decisions: readonly Decision[] }) {
  const out = decisions.filter((d) => !d.included);
  if (out.length === 0) {
    return <p>Every point considered for your answers is in the plan.</p>;
  }
  return (
    <div className="left-out">
      {ORDER.map((group) => {
        const items = out.filter((d) => d.category === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className="left-out__group" aria-labelledby={`left-out-${group}`}>
            <h3 id={`left-out-${group}`}>{GROUP_TITLE[group]}</h3>
            <ul className="left-out__list">
              {byReason(items).map(({ reason, source, decisions: same }) => (
                <li key={`${reason}-${source}`}>
                  <ul className="left-out__names" aria-label="Points">
                    {same.map((d, i) => (
                      <li key={`${d.id}-${i}`}>
                        <DecisionName d={d} />
                      </li>
                    ))}
                  </ul>
                  <p>
                    {reason} <span className="plan-source">({sourceShort(source)})</span>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
