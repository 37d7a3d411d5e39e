import { isPairedArea } from '../atlas/body-areas.js';
import { placeIn, zoneUnits, type LocatedPlace } from '../atlas/body-place.js';
import { TEMPLATES } from '../atlas/templates/index.js';
import type { SiteProblem } from '../assessment/assessment-schema.js';

/**
 * Whether a reported site covers a pressed place, decided on the place's location:
 * - the place lies in the site's area, by anatomy (a site on the lower leg covers the calf);
 * - on the site's side: a left or right site covers that side of the body (or that limb), a site
 *   on both sides covers all of the area;
 * - a site on the midline covers the area within about 1 cun either side of it (Jiaji lie a
 *   finger's width from a spinal scar);
 * - a site "in the middle" of a paired area (a calf, a hand) names no place: it covers both sides,
 *   the safe reading (`ambiguous`).
 */
export type SiteCover = 'no' | 'yes' | 'ambiguous';

export function siteCover(site: SiteProblem, place: LocatedPlace): SiteCover {
  if (!placeIn(place, site.region)) return 'no';
  switch (site.side) {
    case 'both':
      return 'yes';
    case 'midline': {
      const t = TEMPLATES[place.template];
      if (isPairedArea(site.region) || place.bodyX === undefined) return 'ambiguous';
      return Math.abs(place.bodyX) <= zoneUnits(t) ? 'yes' : 'no';
    }
    default: {
      if (place.bodyX === undefined) return place.side === site.side ? 'yes' : 'no';
      return (site.side === 'left' ? place.bodyX > 0 : place.bodyX < 0) ? 'yes' : 'no';
    }
  }
}
