import { SEGMENTS, type OffsetDescription } from '@acupress/core';
import { Link } from '../../router';

/** "Between the inner borders…" → "between the inner borders…"; "Buttock crease to…" → "from buttock crease to…". */
function distancePhrase(label: string): string {
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return lower.startsWith('between ') ? lower : `from ${lower}`;
}

/** Each B-cun distance of the location: in cun, by finger, and in the person's own cm. */
export function PointDistances({ offsets }: { offsets: readonly OffsetDescription[] }) {
  if (offsets.length === 0) {
    return (
      <p>Nothing to measure: the point sits at its landmark, as described under “Where it is”.</p>
    );
  }
  const unmeasured = [
    ...new Set(offsets.filter((o) => o.cm === undefined).map((o) => o.segmentLabel)),
  ];
  return (
    <>
      <ul className="distance-list">
        {offsets.map((o, i) => (
          <li key={i} className="distance">
            <p className="distance__main">
              <span className="distance__cun">{o.cun} cun</span>
              {o.cm !== undefined ? (
                <span className="distance__cm">≈ {o.cm} cm for you</span>
              ) : null}
            </p>
            <p>By finger: {o.fingerHint}.</p>
            <p className="muted">
              Here 1 cun is 1/{SEGMENTS[o.segment].cun} of the distance{' '}
              {distancePhrase(o.segmentLabel)}.
            </p>
          </li>
        ))}
      </ul>
      {unmeasured.length ? (
        <p>
          <Link to="/measurements">Measure yourself once</Link> to see{' '}
          {offsets.length === 1 ? 'this distance' : 'these distances'} in your own centimetres.
        </p>
      ) : (
        <p className="muted">
          From <Link to="/measurements">your measurements</Link>, saved on this device.
        </p>
      )}
    </>
  );
}
