import { getPoint } from '../atlas/atlas.js';
import { locate, placeIn, placesOfPoint, type LocatedPlace } from '../atlas/body-place.js';
import { cautionsAt, type NearCaution } from '../atlas/place-cautions.js';
import { TEMPLATES } from '../atlas/templates/index.js';
import type { Acupoint, CautionFlag, TemplateId } from '../atlas/types.js';
import type { AshiMark } from '../assessment/assessment-schema.js';
import type { PlanSide, PlanStep } from './plan-types.js';

/** A place a step presses, with the cautions it carries. */
export interface PressedPlace {
  place: LocatedPlace;
  cautions: NearCaution[];
}

/** The places of one side of a step (a point may have two sites on a side, as Yaotongdian). */
export interface SidePlaces {
  side: PlanSide;
  places: PressedPlace[];
  /** Every caution flag its places carry. */
  flags: ReadonlySet<CautionFlag>;
  /** Whether one of its places lies in the calf. */
  calf: boolean;
}

function sidePlaces(side: PlanSide, places: PressedPlace[]): SidePlaces {
  const flags = new Set(places.flatMap((p) => p.cautions.map((c) => c.caution.flag)));
  return { side, places, flags, calf: places.some(isCalfPlace) };
}

const pointCache = new Map<string, SidePlaces[]>();

/** Every side of an atlas point with its places and their cautions (computed once). */
export function pointSides(point: Acupoint): SidePlaces[] {
  let hit = pointCache.get(point.id);
  if (!hit) {
    const bySide = new Map<PlanSide, PressedPlace[]>();
    for (const place of placesOfPoint(point)) {
      const list = bySide.get(place.side) ?? [];
      list.push({ place, cautions: cautionsAt(place, point) });
      bySide.set(place.side, list);
    }
    hit = [...bySide].map(([side, places]) => sidePlaces(side, places));
    pointCache.set(point.id, hit);
  }
  return hit;
}

/**
 * On a whole-body drawing, a tender spot this close to the midline (drawing units) is on the
 * midline: a drawing aid, as a fingertip covers about that much of it.
 */
const MIDLINE_UNITS = 3;

/** The places of a tender spot: one, or one on each limb when it was marked for both. */
export function ashiSides(mark: AshiMark): SidePlaces[] {
  const template = mark.template as TemplateId;
  const t = TEMPLATES[template];
  const sides: PlanSide[] = [];
  if (t.frame.kind === 'limb') {
    // The schema requires a side on a drawing of one limb; should one be missing, both are the
    // safe reading (every side's sites and cautions then apply).
    if (mark.side !== 'right') sides.push('left');
    if (mark.side !== 'left') sides.push('right');
  } else {
    const bx = t.frame.facing === 'posterior' ? t.frame.midX - mark.x : mark.x - t.frame.midX;
    sides.push(Math.abs(bx) < MIDLINE_UNITS ? 'midline' : bx > 0 ? 'left' : 'right');
  }
  return sides.map((side) => {
    const place = locate({ template, x: mark.x, y: mark.y, side });
    return sidePlaces(side, [{ place, cautions: cautionsAt(place, undefined, true) }]);
  });
}

/** Whether a pressed place lies in the calf, where a swelling can be a blood clot. */
export function isCalfPlace(p: PressedPlace): boolean {
  return placeIn(p.place, 'calf') || p.cautions.some((c) => c.caution.flag === 'calf-swelling');
}

/** The places a plan step presses on one side. */
export function stepPlaces(step: PlanStep, side: PlanSide): PressedPlace[] {
  if (step.kind === 'ashi') {
    const limbSide =
      TEMPLATES[step.template].frame.kind === 'limb' && side !== 'midline' ? side : undefined;
    const mark: AshiMark = {
      template: step.template,
      x: step.x,
      y: step.y,
      ...(limbSide ? { side: limbSide } : {}),
    };
    // On a whole-body drawing a spot has one place, on the side where it is.
    return ashiSides(mark)[0]?.places ?? [];
  }
  const point = getPoint(step.pointId);
  return point ? (pointSides(point).find((s) => s.side === side)?.places ?? []) : [];
}

/**
 * Whether a pressed place named as sessions name it (`BL57:left`, `ashi-2:right`) lies in the
 * calf, for the care rules (a swelling there after a session is a possible clot). An atlas point
 * is known by its id; a tender spot needs the steps of the plan it was pressed from. A place that
 * cannot be found is not in the calf.
 */
export function siteInCalf(site: string, steps: readonly PlanStep[] = []): boolean {
  const at = site.lastIndexOf(':');
  const id = site.slice(0, at);
  const side = site.slice(at + 1) as PlanSide;
  const ashi = /^ashi-(\d+)$/.exec(id);
  const step = ashi
    ? steps.find((s) => s.kind === 'ashi' && s.ashiIndex === Number(ashi[1]) - 1)
    : undefined;
  if (ashi) return step ? stepPlaces(step, side).some(isCalfPlace) : false;
  const point = getPoint(id);
  return point
    ? (pointSides(point)
        .find((s) => s.side === side)
        ?.places.some(isCalfPlace) ?? false)
    : false;
}
