import { useEffect, useMemo } from 'react';
import { POINTS, findPoints } from '@acupress/core';
import { Button } from '../../components/button';
import { Select, TextField } from '../../components/field';
import { PageHeader } from '../../components/page-header';
import { navigate, useLocation } from '../../router';
import {
  CAUTION_FLAGS,
  MERIDIANS,
  REGIONS,
  isFiltered,
  parseAtlasQuery,
  rememberAtlasSearch,
  toFilter,
  toSearch,
  type AtlasQuery,
} from '../../lib/atlas-query';
import { BodyOverview } from './body-overview';
import { PointCard } from './point-card';
import { CAUTION_LABELS, REGION_LABELS } from '../../lib/point-labels';
import './atlas.css';

const regionOptions = [
  { value: '', label: 'All' },
  ...REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] })),
];
const meridianOptions = [
  { value: '', label: 'All' },
  ...MERIDIANS.map((m) => ({ value: m, label: m === 'Extra' ? 'Extra points' : m })),
];
const cautionOptions = [
  { value: '', label: 'All' },
  ...CAUTION_FLAGS.map((f) => ({ value: f, label: CAUTION_LABELS[f] })),
];

function countText(shown: number, filtered: boolean): string {
  if (!filtered) return `All ${POINTS.length} points`;
  if (shown === 0) return 'No points match';
  return `${shown} of ${POINTS.length} points match`;
}

export function AtlasPage() {
  const { search } = useLocation();
  const query = useMemo(() => parseAtlasQuery(search), [search]);
  const results = useMemo(() => findPoints(toFilter(query)), [query]);
  const filtered = isFiltered(query);

  useEffect(() => rememberAtlasSearch(search), [search]);

  // Typing and choosing filters replace the history entry: back leaves the atlas in one step,
  // while a reload or a return from a point keeps the list as it was.
  const update = (patch: Partial<AtlasQuery>) => {
    navigate(`/atlas${toSearch({ ...query, ...patch })}`, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Point atlas"
        documentTitle="Atlas"
        lead="Every point for low back pain in the standard text, and the points around it, located from bony landmarks. Search by code, name or Chinese characters."
      />

      <form
        role="search"
        aria-label="Points"
        className="atlas-search"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="atlas-search__query">
          <TextField
            type="search"
            label="Search points"
            hint={
              <>
                For example BL23, Shenshu, kidney or <span lang="zh-Hans">肾俞</span>
              </>
            }
            value={query.q}
            onChange={(event) => update({ q: event.target.value })}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="search"
          />
        </div>
        <div className="atlas-search__filters">
          <Select
            label="Region"
            options={regionOptions}
            value={query.region ?? ''}
            onChange={(event) =>
              update({ region: (event.target.value || undefined) as AtlasQuery['region'] })
            }
          />
          <Select
            label="Meridian"
            options={meridianOptions}
            value={query.meridian ?? ''}
            onChange={(event) =>
              update({ meridian: (event.target.value || undefined) as AtlasQuery['meridian'] })
            }
          />
          <Select
            label="Caution"
            options={cautionOptions}
            value={query.caution ?? ''}
            onChange={(event) =>
              update({ caution: (event.target.value || undefined) as AtlasQuery['caution'] })
            }
          />
        </div>
      </form>

      <div className="atlas-status">
        <p role="status" className="atlas-status__count">
          {countText(results.length, filtered)}
        </p>
        {filtered ? (
          <Button variant="quiet" onClick={() => navigate('/atlas', { replace: true })}>
            Clear search and filters
          </Button>
        ) : null}
      </div>

      <div className="atlas-layout">
        <section className="atlas-layout__body" aria-labelledby="atlas-body-heading">
          <h2 id="atlas-body-heading" className="atlas-layout__heading">
            On the back
          </h2>
          <BodyOverview points={results} />
        </section>
        <section className="atlas-layout__list" aria-labelledby="atlas-results-heading">
          <h2 id="atlas-results-heading" className="visually-hidden">
            Points
          </h2>
          {results.length ? (
            <ul className="point-list">
              {results.map((point) => (
                <PointCard key={point.id} point={point} />
              ))}
            </ul>
          ) : (
            <div className="atlas-empty">
              <p>
                Nothing in the atlas matches. Try a code (BL23), a name in pinyin (Shenshu) or in
                English (kidney), or clear the filters.
              </p>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
