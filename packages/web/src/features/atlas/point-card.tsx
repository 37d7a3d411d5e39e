import type { Acupoint } from '@acupress/core';
import { Chip } from '../../components/chip';
import { Link } from '../../router';
import {
  CAUTION_LABELS,
  REGION_LABELS,
  meridianLabel,
  prescriptionChip,
} from '../../lib/point-labels';

/** One atlas result: the whole card is the link's target, the chips are plain text. */
export function PointCard({ point }: { point: Acupoint }) {
  const role = prescriptionChip(point.prescription);
  const flags = [...new Set(point.cautions.map((c) => c.flag))];
  return (
    <li className="point-card">
      <h3 className="point-card__title">
        <Link to={`/points/${point.id}`} className="point-card__link">
          <span className="point-card__code">{point.id}</span>{' '}
          <span className="point-card__pinyin">{point.pinyin}</span>{' '}
          <span lang="zh-Hans" className="point-card__hanzi">
            {point.hanzi}
          </span>
        </Link>
      </h3>
      <p className="point-card__english">{point.english}</p>
      <p className="point-card__meta">
        {REGION_LABELS[point.region]} · {meridianLabel(point)}
      </p>
      {role || flags.length ? (
        <ul className="point-card__chips chip-list" aria-label="Notes">
          {role ? (
            <li>
              <Chip tone="primary">{role}</Chip>
            </li>
          ) : null}
          {flags.map((flag) => (
            <li key={flag}>
              <Chip tone="caution">
                <span className="visually-hidden">Caution: </span>
                {CAUTION_LABELS[flag]}
              </Chip>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
