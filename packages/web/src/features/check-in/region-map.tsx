import type { KeyboardEvent } from 'react';
import { PAIN_REGIONS } from '@acupress/core';
import { PosteriorFigure, regionPoints } from './posterior-figure';

// Within each area: left, middle, right, the order they are seen from behind (and tabbed).
const SIDE_ORDER = { left: 0, midline: 1, right: 2 } as const;
const ORDERED = PAIN_REGIONS.map((r, i) => ({ r, i }))
  .sort((a, b) => (a.r.area === b.r.area ? SIDE_ORDER[a.r.side] - SIDE_ORDER[b.r.side] : a.i - b.i))
  .map(({ r }) => r);

export interface RegionMapProps {
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  describedBy?: string;
}

/**
 * The pain map: each region of the back view is a checkbox (Space or Enter toggles it), named
 * by its label, so it works by touch, mouse, keyboard and screen reader alike.
 */
export function RegionMap({ selected, onToggle, describedBy }: RegionMapProps) {
  const onKeyDown = (event: KeyboardEvent<SVGPolygonElement>, id: string) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onToggle(id);
    }
  };
  return (
    <PosteriorFigure
      role="group"
      label="Back of the body: tap each area that hurts"
      describedBy={describedBy}
      className="region-map"
    >
      {ORDERED.map((r) => {
        const on = selected.has(r.id);
        return (
          <polygon
            key={r.id}
            role="checkbox"
            tabIndex={0}
            aria-checked={on}
            aria-label={r.label}
            className={`region${on ? ' region--on' : ''}`}
            points={regionPoints(r.id)}
            onClick={() => onToggle(r.id)}
            onKeyDown={(event) => onKeyDown(event, r.id)}
          />
        );
      })}
    </PosteriorFigure>
  );
}
