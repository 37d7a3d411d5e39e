import { POINTS, getPoint } from '../atlas/atlas.js';
import type { Acupoint, SourceKey } from '../atlas/types.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import { PAIN_REGION_BY_ID, type PainArea } from '../assessment/pain-regions.js';
import type { PlanSide } from './plan-types.js';

/**
 * Priority tiers: lower comes first and gives way last when time is short. The first few points
 * of each painful area and of a radiating leg rank above the rest, so that a short plan still
 * covers every complaint rather than exhausting one area.
 */
export const TIER = { main: 1, acuteStrain: 2, local: 3, radiation: 4, more: 5 } as const;
/** How many points of each area (and of a radiating leg) rank in the higher tier. */
export const LEADING = 3;

export interface Candidate {
  point: Acupoint;
  tier: number;
  sides: Set<PlanSide>;
  reason: string;
  source: SourceKey;
}

const ids = (...xs: string[]): Acupoint[] => xs.map((id) => getPoint(id)!);
const jiaji = (prefix: 'T' | 'L', from: number, to: number): Acupoint[] =>
  Array.from({ length: to - from + 1 }, (_, i) => getPoint(`EX-B2-${prefix}${from + i}`)!);

// Points lying in each pain-map area (their locations: docs/clinical-sources.md#points). The
// outer thigh has none the engine proposes: tender spots there are pressed as ashi points. Points
// added to the atlas for reference (BL20–BL22, BL27, BL29–BL31, BL33, BL34, BL39, GB31, ST35,
// ST41) are not proposed: no source gives them a place in the plan for low back pain.
const LOCAL: Readonly<Record<PainArea, Acupoint[]>> = {
  neck: ids('GB21'),
  thoracic: [...jiaji('T', 1, 12), ...ids('GB21')],
  lumbar: [
    ...ids('BL23', 'GV3', 'BL25', 'BL26', 'BL52', 'GV4', 'EX-B7', 'BL24'),
    ...jiaji('L', 1, 5),
  ],
  sacral: ids('BL28', 'BL32', 'GV2'),
  buttock: ids('BL54', 'GB30'),
  'thigh-posterior': ids('BL36', 'BL37'),
  'thigh-lateral': [],
  calf: ids('BL57', 'BL58'),
  foot: ids('BL60', 'BL62', 'KI3'),
};

// Points on the back and outer side of the leg, along the path of radiating pain (§1 regions),
// in the order they rank: spread along the leg first, then the points between.
const ABOVE_KNEE = ids('GB30', 'BL36', 'BL54', 'BL37');
const BELOW_KNEE = ids(
  'GB30',
  'BL57',
  'GB34',
  'BL36',
  'BL54',
  'BL37',
  'BL40',
  'BL58',
  'GB39',
  'BL60',
);

/** CAM main points for low back pain (docs/clinical-sources.md#points). */
const MAIN = ids('BL23', 'GV3', 'BL40');
/** CAM: added for acute sprain or trauma, with ashi points (docs/clinical-sources.md#points). */
const ACUTE_STRAIN = ids('GV26', 'EX-UE7');

const LOW_BACK_AREAS: ReadonlySet<PainArea> = new Set(['lumbar', 'sacral', 'buttock']);
const order = new Map(POINTS.map((p, i) => [p.id, i]));

const MIDLINE: readonly PlanSide[] = ['midline'];
const BOTH: readonly PlanSide[] = ['left', 'right'];
const ONE: Readonly<Record<'left' | 'right', readonly PlanSide[]>> = {
  left: ['left'],
  right: ['right'],
};
const bothSides = (p: Acupoint): readonly PlanSide[] =>
  p.laterality === 'midline' ? MIDLINE : BOTH;
const sidesFor = (p: Acupoint, side: 'left' | 'right' | 'midline'): readonly PlanSide[] =>
  p.laterality === 'midline' ? MIDLINE : side === 'midline' ? BOTH : ONE[side];

type ById = Map<string, Candidate & { rank: number }>;

/** Puts a point forward, or merges it into its earlier proposal (lowest tier wins, sides join). */
function add(
  byId: ById,
  point: Acupoint,
  tier: number,
  sides: readonly PlanSide[],
  reason: string,
  source: SourceKey,
): void {
  const hit = byId.get(point.id);
  if (!hit) {
    byId.set(point.id, {
      point,
      tier,
      sides: new Set(sides),
      reason,
      source,
      rank: order.get(point.id)!,
    });
    return;
  }
  for (const s of sides) hit.sides.add(s);
  if (tier < hit.tier) {
    hit.tier = tier;
    hit.reason = reason;
    hit.source = source;
  }
}

/** Every point the rules put forward, merged by point (lowest tier wins, sides are joined). */
export function proposeCandidates(a: Assessment): Candidate[] {
  const byId: ById = new Map();
  const marks = a.pain.map((m) => PAIN_REGION_BY_ID.get(m.region)!);
  const lowBack = marks.some((r) => LOW_BACK_AREAS.has(r.area)) || a.radiation.side !== 'none';

  if (lowBack) {
    for (const p of MAIN)
      add(
        byId,
        p,
        TIER.main,
        bothSides(p),
        'A main point of the standard-text prescription for low back pain.',
        'CAM',
      );
  }
  if (a.duration === 'acute' && a.onset === 'sudden-strain') {
    for (const p of ACUTE_STRAIN) {
      add(
        byId,
        p,
        TIER.acuteStrain,
        bothSides(p),
        'Added for a recent sudden strain in the standard-text prescription for low back pain.',
        'CAM',
      );
    }
  }
  for (const r of marks) {
    const reason = `Lies in an area you marked as painful (${r.label.toLowerCase()}).`;
    const local = LOCAL[r.area];
    for (let i = 0; i < local.length; i++) {
      const p = local[i]!;
      add(byId, p, i < LEADING ? TIER.local : TIER.more, sidesFor(p, r.side), reason, 'WHO08');
    }
  }
  const leg = a.radiation.side;
  if (leg === 'left' || leg === 'right') {
    const below = a.radiation.extent === 'below-knee';
    const reason = `Lies along the path of the pain running down your ${leg} leg ${below ? 'below' : 'above'} the knee.`;
    const path = below ? BELOW_KNEE : ABOVE_KNEE;
    const sides = ONE[leg];
    for (let i = 0; i < path.length; i++)
      add(byId, path[i]!, i < LEADING ? TIER.radiation : TIER.more, sides, reason, 'WHO08');
  }
  return [...byId.values()].sort(byTierThenAtlas);
}

function byTierThenAtlas(x: { tier: number; rank: number }, y: { tier: number; rank: number }) {
  return x.tier - y.tier || x.rank - y.rank;
}

const ADDED = POINTS.filter((p) => p.prescription.role === 'added');

/** CAM "added" points that no rule proposed: listed as considered, with why they are out. */
export function unproposedAddedPoints(proposed: ReadonlySet<string>): Acupoint[] {
  return ADDED.filter((p) => !proposed.has(p.id));
}

/** The CAM pattern the engine assesses itself: a sudden strain under 6 weeks old. */
export const ACUTE_STRAIN_PATTERN = 'acute sprain or trauma';
