import { describe, expect, it } from 'vitest';
import { POINTS, getPoint } from './atlas.js';
import { outlinePolygon, pointPositions } from './drawing.js';
import { landmarkPosition, toSvg, unitsPerCun } from './geometry.js';
import { insidePolygon, sampleClosedCurve } from './smooth-path.js';
import { TEMPLATES } from './templates/index.js';
import type { PlacedSite } from './types.js';

const sites = (id: string): PlacedSite[] => {
  const p = getPoint(id);
  if (!p) throw new Error(`no point ${id}`);
  return pointPositions(p);
};
const side = (id: string, s: 'left' | 'right' | 'midline'): PlacedSite => {
  const hit = sites(id).find((x) => x.side === s);
  if (!hit) throw new Error(`${id} has no ${s} site`);
  return hit;
};
const posterior = TEMPLATES.posterior;
const mid = posterior.frame.kind === 'body' ? posterior.frame.midX : NaN;
const cun = unitsPerCun(posterior, 'scapulae-medial-borders');

describe('B-cun geometry', () => {
  it('mirrors every bilateral point of a whole-body view across the midline', () => {
    const bilateral = POINTS.filter(
      (p) => p.laterality === 'bilateral' && TEMPLATES[p.template].frame.kind === 'body',
    );
    expect(bilateral.length).toBeGreaterThan(30);
    for (const p of bilateral) {
      const placed = pointPositions(p);
      const left = placed.filter((s) => s.side === 'left');
      const right = placed.filter((s) => s.side === 'right');
      expect(left.length, p.id).toBe(right.length);
      left.forEach((l, i) => {
        const r = right[i]!;
        const frame = TEMPLATES[p.template].frame;
        const midX = frame.kind === 'body' ? frame.midX : NaN;
        expect(l.y, p.id).toBeCloseTo(r.y, 9);
        expect(l.x + r.x, p.id).toBeCloseTo(2 * midX, 9);
        expect(l.x, p.id).not.toBeCloseTo(r.x, 3);
      });
    }
  });

  it('draws the person’s left on the viewer’s left from behind and on the right from the front', () => {
    expect(side('BL23', 'left').x).toBeLessThan(mid);
    expect(toSvg(TEMPLATES.anterior, { x: 10, y: 0 }, 'left').x).toBeGreaterThan(mid);
  });

  it('puts midline points on the midline', () => {
    for (const id of ['GV2', 'GV3', 'GV4', 'GV26'])
      expect(side(id, 'midline').x).toBeCloseTo(mid, 9);
  });

  // docs/clinical-sources.md#points (WHO08): BL23 and BL52 both at the lower border of L2; 1.5 and 3 B-cun out.
  it('puts BL23 and BL52 on one level, BL52 twice as far out', () => {
    const bl23 = side('BL23', 'left');
    const bl52 = side('BL52', 'left');
    expect(bl23.y).toBeCloseTo(bl52.y, 9);
    expect(Math.abs(bl52.x - mid)).toBeCloseTo(2 * Math.abs(bl23.x - mid), 9);
    expect(Math.abs(bl23.x - mid)).toBeCloseTo(1.5 * cun, 9);
  });

  // docs/clinical-sources.md#points: BL23 at L2, BL25 at L4, BL26 at L5 (y grows downwards).
  it('orders BL23 above BL25 above BL26', () => {
    expect(side('BL23', 'left').y).toBeLessThan(side('BL25', 'left').y);
    expect(side('BL25', 'left').y).toBeLessThan(side('BL26', 'left').y);
  });

  // One row per location fact that can be checked against a landmark; source in `fact`.
  const LOCATED: { id: string; fact: string; check: () => void }[] = [
    {
      id: 'BL40',
      fact: '§1 midpoint of the popliteal crease',
      check: () => {
        const crease = landmarkPosition(posterior, 'popliteal-crease');
        expect(side('BL40', 'left').y).toBeCloseTo(crease.y, 9);
        expect(Math.abs(side('BL40', 'left').x - mid)).toBeCloseTo(crease.x, 9);
      },
    },
    {
      id: 'GV3',
      fact: '§1 below L4; CAM level with the iliac crests (§2: crest ≈ L4)',
      check: () => {
        expect(side('GV3', 'midline').y).toBeCloseTo(landmarkPosition(posterior, 'L4').y, 9);
        expect(side('GV3', 'midline').y).toBeCloseTo(
          landmarkPosition(posterior, 'iliac-crest').y,
          9,
        );
      },
    },
    {
      id: 'GV4',
      fact: '§1 below L2, level with BL23',
      check: () => expect(side('GV4', 'midline').y).toBeCloseTo(side('BL23', 'left').y, 9),
    },
    {
      id: 'EX-B7',
      fact: '§1 3.5 cun lateral to L4',
      check: () => {
        expect(side('EX-B7', 'left').y).toBeCloseTo(side('BL25', 'left').y, 9);
        expect(Math.abs(side('EX-B7', 'left').x - mid)).toBeCloseTo(3.5 * cun, 9);
      },
    },
    {
      id: 'EX-B2-L3',
      fact: '§1 Jiaji 0.5 cun lateral to each spinous process',
      check: () => {
        expect(Math.abs(side('EX-B2-L3', 'left').x - mid)).toBeCloseTo(0.5 * cun, 9);
        expect(side('EX-B2-L3', 'left').y).toBeCloseTo(side('BL24', 'left').y, 9);
      },
    },
    {
      id: 'BL54',
      fact: '§1 level of the 4th sacral foramen, 3 cun lateral; BL28 at the 2nd, 1.5 cun',
      check: () => {
        expect(side('BL54', 'left').y).toBeCloseTo(
          landmarkPosition(posterior, 'sacral-foramen-4').y,
          9,
        );
        expect(Math.abs(side('BL54', 'left').x - mid)).toBeCloseTo(
          2 * Math.abs(side('BL28', 'left').x - mid),
          9,
        );
        expect(side('BL28', 'left').y).toBeCloseTo(side('BL32', 'left').y, 9);
      },
    },
    {
      id: 'GB30',
      fact: '§1 lateral third / medial two thirds of trochanter–sacral hiatus',
      check: () => {
        const t = landmarkPosition(posterior, 'greater-trochanter');
        const h = landmarkPosition(posterior, 'sacral-hiatus');
        const g = side('GB30', 'left');
        const dT = Math.hypot(mid - g.x - t.x, g.y - t.y);
        const dH = Math.hypot(mid - g.x - h.x, g.y - h.y);
        expect(dH / dT).toBeCloseTo(2, 9);
      },
    },
    {
      id: 'BL37',
      fact: '§1 6 cun below the gluteal fold; §2 fold to crease 14 cun',
      check: () => {
        const fold = side('BL36', 'left');
        const crease = side('BL40', 'left');
        const bl37 = side('BL37', 'left');
        const whole = Math.hypot(crease.x - fold.x, crease.y - fold.y);
        expect(Math.hypot(bl37.x - fold.x, bl37.y - fold.y) / whole).toBeCloseTo(6 / 14, 9);
      },
    },
    {
      id: 'GB21',
      fact: '§1 midpoint of C7 to acromion',
      check: () => {
        const c7 = landmarkPosition(posterior, 'C7');
        const ac = landmarkPosition(posterior, 'acromion');
        expect(side('GB21', 'left').y).toBeCloseTo((c7.y + ac.y) / 2, 9);
      },
    },
    {
      id: 'BL58',
      fact: '§1 7 cun above BL60; §2 popliteal crease to lateral malleolus 16 cun',
      check: () => {
        const leg = TEMPLATES['lateral-leg'];
        const [bl58] = sites('BL58');
        const [bl60] = sites('BL60');
        const along = Math.hypot(bl58!.x - bl60!.x, bl58!.y - bl60!.y);
        // 7 cun along the leg, plus the small drawn step off the muscle edge.
        expect(along).toBeGreaterThan(7 * unitsPerCun(leg, 'popliteal-lateral-malleolus') - 5);
        expect(along).toBeLessThan(7 * unitsPerCun(leg, 'popliteal-lateral-malleolus') + 5);
        expect(bl58!.y).toBeLessThan(bl60!.y);
      },
    },
    {
      id: 'SP6',
      fact: '§1 3 cun above the medial malleolus; §2 condyle to malleolus 13 cun',
      check: () => {
        const foot = TEMPLATES['medial-foot'];
        const mm = landmarkPosition(foot, 'medial-malleolus');
        const [sp6] = sites('SP6');
        expect(mm.y - sp6!.y).toBeGreaterThan(
          2.9 * unitsPerCun(foot, 'medial-condyle-medial-malleolus'),
        );
        expect(mm.y - sp6!.y).toBeLessThan(
          3.1 * unitsPerCun(foot, 'medial-condyle-medial-malleolus'),
        );
      },
    },
    {
      id: 'EX-UE7',
      fact: '§1 two points per hand',
      check: () => expect(sites('EX-UE7')).toHaveLength(2),
    },
  ];

  it.each(LOCATED)('places $id ($fact)', ({ check }) => check());

  // The points added from WHO08 (docs/clinical-sources.md#points): levels and distances.
  const level = (a: string, b: string) => () =>
    expect(side(a, sideOf(a)).y).toBeCloseTo(side(b, sideOf(b)).y, 9);
  const sideOf = (id: string) => (getPoint(id)!.laterality === 'midline' ? 'midline' : 'left');
  const out = (id: string) => Math.abs(side(id, 'left').x - mid);
  const ADDED: { id: string; fact: string; check: () => void }[] = [
    {
      id: 'BL20',
      fact: 'level with T11, 1.5 B-cun out',
      check: () => {
        expect(side('BL20', 'left').y).toBeCloseTo(landmarkPosition(posterior, 'T11').y, 9);
        expect(out('BL20')).toBeCloseTo(1.5 * cun, 9);
      },
    },
    {
      id: 'BL21',
      fact: 'level with T12, 1.5 B-cun out',
      check: () => {
        expect(side('BL21', 'left').y).toBeCloseTo(landmarkPosition(posterior, 'T12').y, 9);
        expect(out('BL21')).toBeCloseTo(1.5 * cun, 9);
      },
    },
    { id: 'BL22', fact: 'level with L1, as Jiaji at L1', check: level('BL22', 'EX-B2-L1') },
    { id: 'BL27', fact: 'same level as BL31 (1st foramen)', check: level('BL27', 'BL31') },
    { id: 'BL28', fact: 'same level as BL32 (2nd foramen)', check: level('BL28', 'BL32') },
    { id: 'BL29', fact: 'same level as BL33 (3rd foramen)', check: level('BL29', 'BL33') },
    { id: 'BL30', fact: 'same level as BL34 (4th foramen)', check: level('BL30', 'BL34') },
    { id: 'BL34', fact: 'level with the sacral hiatus (GV2)', check: level('BL34', 'GV2') },
    {
      id: 'BL27',
      fact: 'BL27–BL30 1.5 B-cun from the median sacral crest',
      check: () => {
        for (const id of ['BL27', 'BL28', 'BL29', 'BL30'])
          expect(out(id), id).toBeCloseTo(1.5 * cun, 9);
      },
    },
    {
      id: 'BL31',
      fact: 'BL31–BL34 in the 1st to 4th foramina, each below the last',
      check: () => {
        ['BL31', 'BL32', 'BL33', 'BL34'].forEach((id, i) => {
          expect(side(id, 'left').y).toBeCloseTo(
            landmarkPosition(posterior, `sacral-foramen-${i + 1}`).y,
            9,
          );
          if (i) expect(side(id, 'left').y).toBeGreaterThan(side(`BL3${i}`, 'left').y);
        });
      },
    },
    {
      id: 'BL39',
      fact: 'on the popliteal crease, outside BL40, within about 1 cun of it',
      check: () => {
        expect(Math.abs(side('BL39', 'left').y - side('BL40', 'left').y)).toBeLessThan(1);
        expect(out('BL39')).toBeGreaterThan(out('BL40'));
        expect(out('BL39') - out('BL40')).toBeLessThan(cun);
      },
    },
    {
      id: 'GB31',
      fact: 'CAM: 7 B-cun above the popliteal crease on the outer midline',
      check: () => {
        const leg = TEMPLATES['lateral-leg'];
        const [gb31] = sites('GB31');
        const knee = landmarkPosition(leg, 'knee-lateral-midline');
        const along = Math.hypot(gb31!.x - knee.x, gb31!.y - knee.y);
        const seven = 7 * unitsPerCun(leg, 'trochanter-popliteal');
        expect(along).toBeGreaterThan(seven - 5);
        expect(along).toBeLessThan(seven + 5);
        expect(gb31!.y).toBeLessThan(knee.y);
      },
    },
    {
      id: 'ST36',
      fact: '3 B-cun below ST35 on the line ST35–ST41',
      check: () => {
        const leg = TEMPLATES['lateral-leg'];
        const [st35] = sites('ST35');
        const [st36] = sites('ST36');
        const [st41] = sites('ST41');
        const three = 3 * unitsPerCun(leg, 'popliteal-lateral-malleolus');
        expect(Math.hypot(st36!.x - st35!.x, st36!.y - st35!.y)).toBeCloseTo(three, 9);
        // on the line: the turn from ST35 through ST36 to ST41 is straight
        const cross =
          (st36!.x - st35!.x) * (st41!.y - st35!.y) - (st36!.y - st35!.y) * (st41!.x - st35!.x);
        expect(Math.abs(cross)).toBeLessThan(1e-6);
      },
    },
    {
      id: 'ST41',
      fact: 'on the line joining the malleolus prominences (level with the outer one)',
      check: () => {
        const [st41] = sites('ST41');
        expect(
          Math.abs(st41!.y - landmarkPosition(TEMPLATES['lateral-leg'], 'lateral-malleolus').y),
        ).toBeLessThan(2);
      },
    },
  ];
  it.each(ADDED)('places $id ($fact)', ({ check }) => check());

  it.each(POINTS.map((p) => [p.id, p] as const))(
    'draws %s inside its template outline',
    (_id, p) => {
      const outline = sampleClosedCurve(outlinePolygon(TEMPLATES[p.template]));
      for (const s of pointPositions(p))
        expect(insidePolygon(s, outline), `${p.id} ${s.side}`).toBe(true);
    },
  );

  it('draws every landmark inside its template outline', () => {
    for (const t of Object.values(TEMPLATES)) {
      const outline = sampleClosedCurve(outlinePolygon(t));
      for (const [name, lm] of Object.entries(t.landmarks)) {
        const at = toSvg(t, lm, 'left');
        expect(insidePolygon(at, outline), `${t.id}:${name}`).toBe(true);
      }
    }
  });
});
