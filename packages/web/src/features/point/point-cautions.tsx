import type { Acupoint } from '@acupress/core';
import { CautionIcon } from '../../components/chip';
import { CAUTION_LABELS, sourceShort } from '../../lib/point-labels';

/** The point's cautions, first in the content column: safety before technique. */
export function PointCautions({ point }: { point: Acupoint }) {
  return (
    <section className="point-cautions" aria-labelledby="cautions">
      <h2 id="cautions">
        <CautionIcon /> Cautions
      </h2>
      {point.cautions.length ? (
        <ul className="caution-list">
          {point.cautions.map((c, i) => (
            <li key={i} className="caution">
              <p className="caution__label">
                {CAUTION_LABELS[c.flag]}
                {c.verified ? null : <span className="caution__unverified">unverified</span>}
              </p>
              <p>{c.note}</p>
              {c.verified ? null : (
                <p className="caution__hint">
                  The sources do not establish this; it is kept as a precaution.
                </p>
              )}
              <p className="caution__source">Source: {sourceShort(c.source)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>No caution specific to this point.</p>
      )}
      <p className="caution__general">
        Never press on broken or irritated skin, bruises, new scars, varicose veins, or swollen or
        inflamed areas.
      </p>
    </section>
  );
}
