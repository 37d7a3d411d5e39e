import type { BodyArea } from '../atlas/body-areas.js';
import type { Point2 } from '../atlas/types.js';

// Regions of the pain map, fine enough for back pain (midline and left/right lumbar, sacral,
// buttock, posterior and lateral thigh, calf, foot, thoracic, neck). Each is a body area (the one
// table of which area contains which is atlas/body-areas.ts) on one side. The shapes are the pain
// map's tap targets on the posterior template, in its body coordinates (x towards the person's
// left, y down); right regions are the mirror of the left ones. Safety decisions never use these
// shapes: they use the templates' body areas.

export type PainArea =
  | 'neck'
  | 'thoracic'
  | 'lumbar'
  | 'sacral'
  | 'buttock'
  | 'thigh-posterior'
  | 'thigh-lateral'
  | 'calf'
  | 'foot';

export type RegionSide = 'left' | 'right' | 'midline';

export interface PainRegion {
  id: string;
  label: string;
  area: PainArea;
  /** The body area it is. */
  bodyArea: BodyArea;
  side: RegionSide;
  /** Outline on the posterior template, body coordinates (left half for sided regions). */
  shape: Point2[];
}

const rect = (x0: number, y0: number, x1: number, y1: number): Point2[] => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];

interface AreaDef {
  area: PainArea;
  label: string;
  bodyArea: BodyArea;
  midline?: Point2[];
  sided?: Point2[];
}

const AREAS: AreaDef[] = [
  { area: 'neck', label: 'Neck', bodyArea: 'neck', midline: rect(-12, 70, 12, 96) },
  {
    area: 'thoracic',
    label: 'Upper and middle back',
    bodyArea: 'thoracic',
    midline: rect(-6, 100, 6, 186),
    sided: rect(6, 100, 42, 186),
  },
  {
    area: 'lumbar',
    label: 'Lower back',
    bodyArea: 'lumbar',
    midline: rect(-6, 186, 6, 254),
    sided: rect(6, 186, 42, 254),
  },
  {
    area: 'sacral',
    label: 'Sacrum',
    bodyArea: 'sacral',
    midline: rect(-5, 254, 5, 312),
    sided: rect(5, 254, 15, 310),
  },
  { area: 'buttock', label: 'Buttock', bodyArea: 'buttock', sided: rect(15, 256, 58, 338) },
  {
    area: 'thigh-posterior',
    label: 'Back of the thigh',
    bodyArea: 'thigh-posterior',
    sided: rect(10, 342, 44, 456),
  },
  {
    area: 'thigh-lateral',
    label: 'Outer thigh',
    bodyArea: 'thigh-lateral',
    sided: rect(44, 342, 56, 440),
  },
  { area: 'calf', label: 'Calf', bodyArea: 'calf', sided: rect(14, 458, 45, 556) },
  {
    area: 'foot',
    label: 'Ankle and foot',
    bodyArea: 'ankle-and-foot',
    sided: rect(17, 558, 40, 594),
  },
];

const SIDE_WORD: Record<RegionSide, string> = { left: 'left', right: 'right', midline: 'middle' };

export const PAIN_REGIONS: readonly PainRegion[] = AREAS.flatMap((a) => {
  const out: PainRegion[] = [];
  if (a.midline) {
    out.push({
      id: a.sided ? `${a.area}-midline` : a.area,
      label: a.sided ? `${a.label}, ${SIDE_WORD.midline}` : a.label,
      area: a.area,
      side: 'midline',
      bodyArea: a.bodyArea,
      shape: a.midline,
    });
  }
  if (a.sided) {
    for (const side of ['left', 'right'] as const) {
      out.push({
        id: `${a.area}-${side}`,
        label: `${a.label}, ${side}`,
        area: a.area,
        side,
        bodyArea: a.bodyArea,
        shape: side === 'left' ? a.sided : a.sided.map((pt) => ({ x: -pt.x, y: pt.y })),
      });
    }
  }
  return out;
});

export const PAIN_REGION_IDS = PAIN_REGIONS.map((r) => r.id);
export const PAIN_REGION_BY_ID: ReadonlyMap<string, PainRegion> = new Map(
  PAIN_REGIONS.map((r) => [r.id, r]),
);

const BOXES = PAIN_REGIONS.map((r) => {
  const xs = r.shape.map((s) => s.x);
  const ys = r.shape.map((s) => s.y);
  return { r, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
});

/** The pain region under a point of the posterior template (body coordinates), if any. */
export function painRegionAt(pt: Point2): PainRegion | undefined {
  return BOXES.find((b) => pt.x >= b.x0 && pt.x <= b.x1 && pt.y >= b.y0 && pt.y <= b.y1)?.r;
}
