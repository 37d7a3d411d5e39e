import { useEffect, useMemo } from 'react';
import {
  FINGER_MEASURE_CAVEAT,
  SOURCES,
  describeOffsets,
  findPoints,
  getPoint,
  type Acupoint,
  type SourceKey,
} from '@acupress/core';
import { ButtonLink } from '../../components/button';
import { Chip, ChipList } from '../../components/chip';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { useHydrated } from '../../lib/use-hydrated';
import { Link, navigate } from '../../router';
import { atlasHref } from '../../lib/atlas-query';
import {
  REGION_LABELS,
  sourceShort,
  meridianLabel,
  pointName,
  prescriptionChip,
  prescriptionText,
} from '../../lib/point-labels';
import { loadMeasurements } from '../../lib/measurements-store';
import { PointCautions } from './point-cautions';
import { PointDiagram } from './point-diagram';
import { PointDistances } from './point-distances';
import './point.css';

/** `/points/:id`: the point, or a friendly not-found page for an unknown id. */
export function PointRoute({ id }: { id: string }) {
  const point = getPoint(id);
  useEffect(() => {
    // One address per point: /points/bl23 becomes /points/BL23.
    if (point && id !== point.id) navigate(`/points/${point.id}`, { replace: true });
  }, [id, point]);
  return point ? <PointPage point={point} /> : <PointNotFound id={id} />;
}

function sourceKeys(point: Acupoint): SourceKey[] {
  return [...new Set<SourceKey>([...point.sources, ...point.cautions.map((c) => c.source)])];
}

export function PointPage({ point }: { point: Acupoint }) {
  // Measurements live on this device: not in the page's pre-rendered HTML (prerender/).
  const hydrated = useHydrated();
  const measurements = useMemo(() => (hydrated ? loadMeasurements() : {}), [hydrated]);
  const offsets = describeOffsets(point, measurements);
  const role = prescriptionChip(point.prescription);
  const locatedBy = point.sources.filter((s) => s !== 'WHO08').map((s) => sourceShort(s));

  return (
    <article className="point-page">
      <p className="back-link">
        <Link to={atlasHref()}>
          <span aria-hidden="true">←</span>Back to the atlas
        </Link>
      </p>
      <PageHeader
        eyebrow={`${meridianLabel(point)} · ${REGION_LABELS[point.region]}`}
        title={
          <>
            {point.id} · {point.pinyin}{' '}
            <span lang="zh-Hans" className="point-page__hanzi">
              {point.hanzi}
            </span>
          </>
        }
        documentTitle={pointName(point)}
        lead={point.english}
      >
        <ChipList label="About this point">
          <li>
            <Chip tone="neutral">
              {point.laterality === 'bilateral' ? 'Both sides' : 'Single point, on the midline'}
            </Chip>
          </li>
          {role ? (
            <li>
              <Chip tone="primary">{role}</Chip>
            </li>
          ) : null}
          {point.notInWho08 ? (
            <li>
              <Chip tone="neutral">Not in WHO 2008</Chip>
            </li>
          ) : null}
        </ChipList>
      </PageHeader>

      <div className="point-layout">
        <div className="point-layout__figure">
          <PointDiagram point={point} />
        </div>

        <div className="point-layout__content">
          {point.notInWho08 ? (
            <Notice title="Not in WHO 2008">
              <p>
                This is an extra point: the WHO 2008 standard does not list it.
                {locatedBy.length ? ` Its location here follows ${locatedBy.join(' and ')}.` : ''}
              </p>
            </Notice>
          ) : null}

          <PointCautions point={point} />

          <section className="point-section" aria-labelledby="where">
            <h2 id="where">Where it is</h2>
            <p>{point.locationFacts}</p>
          </section>

          <section className="point-section" aria-labelledby="find">
            <h2 id="find">How to find it</h2>
            <ol className="steps">
              {point.instructions.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </section>

          <section className="point-section" aria-labelledby="touch">
            <h2 id="touch">By touch</h2>
            <p>{point.byTouch}</p>
          </section>

          <section className="point-section" aria-labelledby="distances">
            <h2 id="distances">Distances</h2>
            <PointDistances offsets={offsets} />
            <Notice tone="info">
              <p>{FINGER_MEASURE_CAVEAT}</p>
            </Notice>
          </section>

          <section className="point-section" aria-labelledby="standard-text">
            <h2 id="standard-text">In the standard text</h2>
            <p>{prescriptionText(point.prescription)}</p>
            {point.prescription.role === 'added' ? (
              <p className="muted">
                Patterns such as “{point.prescription.pattern}” are categories of traditional
                Chinese medicine, not diagnoses.
              </p>
            ) : null}
          </section>

          <section className="point-section" aria-labelledby="sources">
            <h2 id="sources">Sources</h2>
            <ul className="sources">
              {sourceKeys(point).map((key) => (
                <li key={key}>
                  <p>
                    <strong>{sourceShort(key)}.</strong> {SOURCES[key].citation}
                  </p>
                  <p className="muted">{SOURCES[key].usedFor}</p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </article>
  );
}

function PointNotFound({ id }: { id: string }) {
  const suggestions = id.length >= 2 ? findPoints({ q: id }).slice(0, 5) : [];
  return (
    <>
      <PageHeader
        title="We could not find that point"
        documentTitle="Point not found"
        lead={<>There is no point called “{id}” in the atlas. Codes look like BL23 or EX-B2-L4.</>}
      />
      {suggestions.length ? (
        <section className="point-section" aria-labelledby="suggestions">
          <h2 id="suggestions">Did you mean</h2>
          <ul className="suggestions">
            {suggestions.map((p) => (
              <li key={p.id}>
                <Link to={`/points/${p.id}`}>
                  {pointName(p)} · {p.english}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="not-found__actions">
        <ButtonLink to="/atlas">Go to the atlas</ButtonLink>
      </p>
    </>
  );
}
