import { describe, expect, it } from 'vitest';
import { POINTS, findPoints, getPoint, idsForCode } from './atlas.js';
import { acupointSchema } from './point-schema.js';
import { TEMPLATES } from './templates/index.js';
import type { CautionFlag } from './types.js';

// Every point of docs/clinical-sources.md#points (both tables' Code column).
const FACTS_S1_CODES = [
  'BL20',
  'BL21',
  'BL22',
  'BL27',
  'BL29',
  'BL30',
  'BL31',
  'BL33',
  'BL34',
  'BL39',
  'GB31',
  'ST35',
  'ST41',
  'BL23',
  'BL24',
  'BL25',
  'BL26',
  'BL52',
  'BL28',
  'BL32',
  'BL54',
  'GB30',
  'BL36',
  'BL37',
  'GV2',
  'GV3',
  'GV4',
  'EX-B2',
  'EX-B7',
  'BL40',
  'BL57',
  'BL58',
  'BL60',
  'BL62',
  'BL67',
  'KI3',
  'GB34',
  'GB39',
  'LR3',
  'SP6',
  'ST36',
  'SI3',
  'LI4',
  'EX-UE7',
  'GV26',
  'GB21',
];

describe('atlas data', () => {
  it.each(POINTS.map((p) => [p.id, p] as const))('%s satisfies the point schema', (_id, point) => {
    const parsed = acupointSchema.safeParse(point);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('holds at least 40 entries with unique ids', () => {
    expect(POINTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(POINTS.map((p) => p.id)).size).toBe(POINTS.length);
  });

  it.each(FACTS_S1_CODES)('includes %s from the points of clinical-sources', (code) => {
    expect(idsForCode(code).length).toBeGreaterThan(0);
  });

  it('has Jiaji at every level T1–L5, 17 in all (CAM, GB/T 40997)', () => {
    expect(idsForCode('EX-B2')).toHaveLength(17);
    for (const level of ['T1', 'T7', 'T12', 'L1', 'L5'])
      expect(getPoint(`EX-B2-${level}`)).toBeDefined();
  });

  it('refers only to landmarks and segments its template has', () => {
    for (const p of POINTS) {
      const t = TEMPLATES[p.template];
      for (const site of p.sites) {
        const names =
          site.kind === 'between'
            ? [site.from, site.to]
            : 'landmark' in site.anchor
              ? [site.anchor.landmark]
              : [];
        for (const n of [...names, ...site.offsets.flatMap((o) => (o.toward ? [o.toward] : []))]) {
          expect(t.landmarks, `${p.id} → ${n}`).toHaveProperty([n.split('@')[0]!]);
        }
        for (const o of site.offsets)
          expect(t.segments, `${p.id} → ${o.segment}`).toHaveProperty([o.segment]);
      }
    }
  });

  it('labels extra points missing from WHO 2008 as such', () => {
    for (const p of POINTS.filter((q) => q.code.startsWith('EX-'))) expect(p.notInWho08).toBe(true);
    for (const p of POINTS.filter((q) => !q.code.startsWith('EX-')))
      expect(p.notInWho08).toBeUndefined();
  });
});

// One row per caution of docs/clinical-sources.md#points ("Cautions") and #pregnancy (the list).
const CAUTION_TABLE: { id: string; flag: CautionFlag; verified?: boolean; source: string }[] = [
  { id: 'BL23', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL24', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL25', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL26', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL52', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL28', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL32', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL32', flag: 'pregnancy', source: '§1 BL31/BL32 induce labour; §5' },
  { id: 'GV2', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'GV3', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'GV4', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'EX-B7', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL54', flag: 'nerve', verified: true, source: '§1 sciatic nerve lies deep' },
  { id: 'GB30', flag: 'nerve', verified: false, source: '§1 sciatic nerve (unverified)' },
  { id: 'BL36', flag: 'nerve', source: '§1 deep nerves and vessels' },
  { id: 'BL36', flag: 'vessel', source: '§1 deep nerves and vessels' },
  { id: 'BL37', flag: 'nerve', source: '§1 near sciatic nerve' },
  { id: 'BL40', flag: 'vessel', verified: true, source: '§1 popliteal vessels' },
  { id: 'BL40', flag: 'varicose-veins', verified: false, source: '§1 varicose veins (unverified)' },
  { id: 'BL57', flag: 'calf-swelling', source: '§1 possible DVT, refer' },
  { id: 'BL58', flag: 'calf-swelling', source: '§1 as BL57' },
  { id: 'BL60', flag: 'pregnancy', source: '§1 CAM; §5' },
  { id: 'BL67', flag: 'pregnancy', source: '§1 CAM; §5' },
  { id: 'KI3', flag: 'varicose-veins', verified: true, source: '§1' },
  { id: 'LR3', flag: 'vessel', source: '§1 dorsalis pedis artery' },
  { id: 'SP6', flag: 'pregnancy', source: '§1 CAM; §5' },
  { id: 'LI4', flag: 'pregnancy', source: '§1 CAM; §5' },
  { id: 'GB21', flag: 'pregnancy', source: '§1; §5' },
  { id: 'BL22', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL27', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL29', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL30', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL31', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL31', flag: 'pregnancy', source: '§1 with BL32, avoid in pregnancy; §5' },
  { id: 'BL33', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL34', flag: 'lumbosacral', source: '§1 LS' },
  { id: 'BL39', flag: 'vessel', source: '§1 popliteal vessels nearby' },
];

describe('cautions', () => {
  it.each(CAUTION_TABLE)('$id carries $flag ($source)', ({ id, flag, verified }) => {
    const caution = getPoint(id)?.cautions.find((c) => c.flag === flag);
    expect(caution).toBeDefined();
    if (verified !== undefined) expect(caution?.verified).toBe(verified);
  });

  it('flags for pregnancy exactly the §5 list, and marks lumbosacral points separately', () => {
    const pregnancy = findPoints({ caution: 'pregnancy' })
      .map((p) => p.id)
      .sort();
    expect(pregnancy).toEqual(['BL31', 'BL32', 'BL60', 'BL67', 'GB21', 'LI4', 'SP6']);
  });

  it.each([
    'BL62',
    'GB34',
    'GB39',
    'ST36',
    'SI3',
    'GV26',
    'EX-UE7',
    'EX-B2-T5',
    'BL20',
    'BL21',
    'GB31',
    'ST35',
    'ST41',
  ])('%s has no caution (none given in §1)', (id) => expect(getPoint(id)?.cautions).toEqual([]));

  it('puts the main points of the CAM prescription (BL23, GV3, BL40) first in role', () => {
    expect(
      POINTS.filter((p) => p.prescription.role === 'main')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['BL23', 'BL40', 'GV3']);
  });
});

describe('findPoints', () => {
  it.each([
    ['shenshu', ['BL23']],
    ['BL23', ['BL23']],
    ['bl 23', ['BL23']],
    ['肾俞', ['BL23']],
    ['kidney transport', ['BL23']],
    ['weizhong', ['BL40']],
  ])('finds %s', (q, ids) => {
    expect(findPoints({ q }).map((p) => p.id)).toEqual(ids);
  });

  it('combines filters', () => {
    const hits = findPoints({ region: 'lumbar', meridian: 'Governor' }).map((p) => p.id);
    expect(hits).toEqual(['GV3', 'GV4']);
  });

  it('finds nothing for nonsense rather than everything', () => {
    expect(findPoints({ q: 'zzzz' })).toEqual([]);
  });

  it('gets points case-insensitively', () => {
    expect(getPoint('ex-b2-l4')?.id).toBe('EX-B2-L4');
    expect(getPoint('XX99')).toBeUndefined();
  });
});
