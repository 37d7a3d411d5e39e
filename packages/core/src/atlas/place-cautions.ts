import { POINTS } from './atlas.js';
import { areasOverlap } from './body-areas.js';
import { placesOfPoint, zoneUnits, type LocatedPlace } from './body-place.js';
import { TEMPLATES } from './templates/index.js';
import type { Acupoint, Caution, TemplateId } from './types.js';

// A pressed place carries the cautions of every atlas point within about 1 cun of it (the issue's
// rule for tender spots, applied to every place): a tender spot on LI4 is LI4, and so is a point
// drawn a finger's width from it. Distances are measured on the place's own drawing. A point of
// another drawing that shows a different face of the same part cannot be measured against: a
// tender spot there inherits its cautions when both lie in the same area (and, on the lower leg,
// within about 1 cun of the same level) — the safe side of not knowing.

export interface NearCaution {
  caution: Caution;
  /** The atlas point that carries it. */
  point: Acupoint;
  /**
   * `self`: the place is that point; `near`: within about 1 cun on the same drawing; `maybe`:
   * possibly near, on a drawing of another face that cannot show how close.
   */
  how: 'self' | 'near' | 'maybe';
}

interface Carrier {
  point: Acupoint;
  places: LocatedPlace[];
}

/** One drawn place of a point with cautions, flat for a fast distance test. */
interface Drawn {
  point: Acupoint;
  x: number;
  y: number;
  side: LocatedPlace['side'];
}
const drawnBy = new Map<TemplateId, Drawn[]>();
function drawn(t: TemplateId): Drawn[] {
  let hit = drawnBy.get(t);
  if (!hit) {
    hit = carriers(t).flatMap((c) =>
      c.places.map((p) => ({ point: c.point, x: p.x, y: p.y, side: p.side })),
    );
    drawnBy.set(t, hit);
  }
  return hit;
}

const byTemplate = new Map<TemplateId, Carrier[]>();
/** Points with cautions, by drawing. */
function carriers(t: TemplateId): Carrier[] {
  let hit = byTemplate.get(t);
  if (!hit) {
    hit = POINTS.filter((p) => p.template === t && p.cautions.length > 0).map((point) => ({
      point,
      places: placesOfPoint(point),
    }));
    byTemplate.set(t, hit);
  }
  return hit;
}

/** About 1 cun of the lower leg as a fraction of it: the shorter scale, so the band errs wide. */
const levelBand = (a: TemplateId, b: TemplateId): number =>
  Math.max(1 / TEMPLATES[a].lowerLegAxis!.cun, 1 / TEMPLATES[b].lowerLegAxis!.cun);

function maybeNear(place: LocatedPlace, other: LocatedPlace): boolean {
  const sided = place.side !== 'midline' && other.side !== 'midline';
  if (sided && place.side !== other.side) return false;
  if (!place.areas.some((a) => other.areas.some((b) => areasOverlap(a, b)))) return false;
  if (place.legLevel === undefined || other.legLevel === undefined) return true;
  return Math.abs(place.legLevel - other.legLevel) <= levelBand(place.template, other.template);
}

/**
 * The cautions a place carries, each with the point it comes from. `self` is the atlas point the
 * place belongs to; `otherDrawings` also judges points of the other drawings this one may show
 * (for a tender spot, whose exact relation to them is unknown).
 */
export function cautionsAt(
  place: LocatedPlace,
  self?: Acupoint,
  otherDrawings = false,
): NearCaution[] {
  const out: NearCaution[] = [];
  const add = (point: Acupoint, how: NearCaution['how']) => {
    for (const caution of point.cautions) out.push({ caution, point, how });
  };
  if (self) add(self, 'self');
  const units = zoneUnits(TEMPLATES[place.template]);
  const r2 = units * units;
  // A drawing of one limb stands for either: only the same side's copy counts.
  const limb = TEMPLATES[place.template].frame.kind === 'limb';
  let last: Acupoint | undefined;
  for (const d of drawn(place.template)) {
    if (d.point === self || d.point === last || (limb && d.side !== place.side)) continue;
    const dx = d.x - place.x;
    const dy = d.y - place.y;
    if (dx * dx + dy * dy <= r2) {
      add(d.point, 'near');
      last = d.point;
    }
  }
  if (otherDrawings) {
    for (const t of TEMPLATES[place.template].alsoShows) {
      for (const c of carriers(t))
        if (c.places.some((o) => maybeNear(place, o))) add(c.point, 'maybe');
    }
  }
  return out;
}
