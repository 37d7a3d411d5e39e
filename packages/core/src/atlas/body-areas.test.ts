import { describe, expect, it } from 'vitest';
import { POINTS, getPoint } from './atlas.js';
import {
  BODY_AREAS,
  BODY_AREA_INFO,
  areaContains,
  areasOverlap,
  type BodyArea,
} from './body-areas.js';
import { locate, placesOfPoint, zoneUnits } from './body-place.js';
import { outlinePolygon } from './drawing.js';
import { insidePolygon, sampleClosedCurve } from './smooth-path.js';
import { TEMPLATES, TEMPLATE_IDS } from './templates/index.js';

// The one anatomy table: which body areas contain which, and where each lies on each drawing.

describe('body areas', () => {
  it.each<[BodyArea, BodyArea, boolean]>([
    ['lower-leg', 'calf', true],
    ['lower-leg', 'shin', true],
    ['leg', 'calf', true],
    ['leg', 'ankle', true],
    ['back', 'lumbar', true],
    ['back', 'sacral', true],
    ['thigh', 'thigh-lateral', true],
    ['calf', 'lower-leg', false],
    ['calf', 'shin', false],
    ['lumbar', 'sacral', false],
    ['leg', 'buttock', false],
    ['body', 'face', true],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(areaContains(outer, inner)).toBe(expected);
  });

  it('overlaps one area with another when one holds the other', () => {
    expect(areasOverlap('calf', 'lower-leg')).toBe(true);
    expect(areasOverlap('calf', 'shin')).toBe(false);
  });

  it('names every area, and every area but the whole body is part of another', () => {
    for (const a of BODY_AREAS) {
      expect(BODY_AREA_INFO[a].label.length).toBeGreaterThan(2);
      if (a !== 'body') expect(BODY_AREA_INFO[a].partOf, a).toBeDefined();
    }
  });

  it.each(TEMPLATE_IDS)('covers the whole outline of the %s drawing with areas', (id) => {
    const t = TEMPLATES[id];
    const outline = sampleClosedCurve(outlinePolygon(t));
    const bare: string[] = [];
    for (let x = 0; x <= t.width; x += 2)
      for (let y = 0; y <= t.height; y += 2)
        if (insidePolygon({ x, y }, outline)) {
          const place = locate({ template: id, x, y, side: 'left' });
          if (place.areas.includes('body')) bare.push(`${x},${y}`);
        }
    expect(bare).toEqual([]);
  });

  // Each point's areas from its location facts (docs/clinical-sources.md#points).
  it.each<[string, BodyArea[]]>([
    ['BL23', ['lumbar']],
    ['BL21', ['thoracic']],
    ['BL22', ['lumbar']],
    ['BL27', ['sacral']],
    ['GV2', ['sacral']],
    ['BL54', ['buttock']],
    ['GB30', ['buttock']],
    ['BL40', ['knee']],
    ['BL39', ['knee']],
    ['BL57', ['calf']],
    ['BL58', ['calf']],
    ['GB39', ['shin']],
    ['BL60', ['ankle']],
    ['KI3', ['ankle']],
    ['ST41', ['ankle']],
    ['GB31', ['thigh-lateral']],
    ['LR3', ['foot']],
    ['BL67', ['foot']],
    ['GV26', ['face']],
    ['LI4', ['hand']],
    ['GB21', ['shoulder']],
  ])('puts %s in %j', (id, areas) => {
    for (const place of placesOfPoint(getPoint(id)!))
      for (const a of areas) expect(place.areas, `${id} ${place.side}`).toContain(a);
  });

  it('places every point of the atlas on every side it has, with the same areas on each', () => {
    for (const p of POINTS) {
      const places = placesOfPoint(p);
      const sides = new Set(places.map((x) => x.side));
      expect([...sides].sort(), p.id).toEqual(
        p.laterality === 'midline' ? ['midline'] : ['left', 'right'],
      );
      const areas = new Set(places.map((x) => x.areas.join()));
      expect(areas.size, p.id).toBe(1);
    }
  });

  it('measures about 1 cun on each drawing from its own scale', () => {
    // The back: the inner borders of the shoulder blades are 6 B-cun apart (#b-cun).
    expect(zoneUnits(TEMPLATES.posterior)).toBeGreaterThanOrEqual(48 / 6);
    for (const id of TEMPLATE_IDS) expect(zoneUnits(TEMPLATES[id])).toBeGreaterThan(5);
  });
});
