import { getPoint } from '../atlas/atlas.js';
import { placeIn } from '../atlas/body-place.js';
import type { Region } from '../atlas/types.js';
import type { AshiStep, Plan } from '../plan/plan-types.js';
import { pointSides, stepPlaces, type PressedPlace as Place } from '../plan/pressed-places.js';
import { planStepId } from '../session/session-items.js';
import type { SessionRecord } from '../session/session-record.js';

// Swelling in the calf can be a blood clot (deep vein thrombosis): the sources say an acutely
// swollen, red or hot calf is to be referred (docs/clinical-sources.md, "A swollen calf"). So a
// swelling reported at ANY place pressed in the calf — a calf point on either side, or a tender
// spot marked there — pauses with advice to see a doctor today, not only a rest for that spot.
//
// Which places are "in the calf": the calf is the back of the lower leg, and a person reporting
// swelling at a point below the knee cannot tell a swollen calf from a swollen lower leg. So the
// atlas's calf region and its lower-leg region ('leg': ST36, GB34, GB39, SP6) both count — the
// pain map's calf area also holds both. That reading is an Acupress safety default, on the safe
// side. A place care cannot locate is 'unknown', and its text says what to do if it is the calf.

/** The atlas regions of the points this reading counts (the calf and the lower leg). */
export const CALF_REGIONS: readonly Region[] = ['calf', 'leg'];

export type InCalf = 'yes' | 'no' | 'unknown';

/** A place that was pressed: an atlas point, or a tender spot as its plan placed it. */
export type PressedPlace =
  | { kind: 'point'; pointId: string }
  /** `step` is absent when care no longer has the plan that placed the spot. */
  | { kind: 'ashi'; step?: AshiStep };

/** A place in the lower leg (the calf or the shin), or one carrying the calf's own caution. */
const inLowerLeg = (p: Place): boolean =>
  placeIn(p.place, 'lower-leg') || p.cautions.some((c) => c.caution.flag === 'calf-swelling');

/**
 * Whether a pressed place lies in the calf (read as the lower leg, above), decided on the body
 * location core gives every pressed place (plan/pressed-places.ts: a drawing, a position and a side
 * of the body, on any drawing): a point on any of its sides, a tender spot where its plan placed it.
 */
export function pressedPlaceInCalf(place: PressedPlace): InCalf {
  if (place.kind === 'point') {
    const point = getPoint(place.pointId);
    if (!point) return 'unknown';
    return pointSides(point).some((s) => s.places.some(inLowerLeg)) ? 'yes' : 'no';
  }
  const step = place.step;
  if (!step) return 'unknown';
  const places = step.sides.flatMap((side) => stepPlaces(step, side));
  // Off every area of its drawing (not on the body): where it is cannot be told.
  if (places.every((p) => p.place.areas.includes('body'))) return 'unknown';
  return places.some(inLowerLeg) ? 'yes' : 'no';
}

const stepOfSite = (site: string): string => site.slice(0, site.lastIndexOf(':'));

/**
 * Where a reported site (`BL57:left`, `ashi-1:left`) of a session lies. Tender spots are numbered
 * per plan, so `ashi-1` is placed only for a session of the check-in whose plan care holds;
 * another check-in's `ashi-1` may be a different spot, and is 'unknown'.
 */
export function siteLocator(plan: Pick<Plan, 'steps'>, checkInId: string) {
  const ashi = new Map(
    plan.steps.flatMap((s) => (s.kind === 'ashi' ? [[planStepId(s), s] as const] : [])),
  );
  return (site: string, session: Pick<SessionRecord, 'checkInId'>): InCalf => {
    const id = stepOfSite(site);
    if (!id.startsWith('ashi-')) return pressedPlaceInCalf({ kind: 'point', pointId: id });
    const step = session.checkInId === checkInId ? ashi.get(id) : undefined;
    return pressedPlaceInCalf(step ? { kind: 'ashi', step } : { kind: 'ashi' });
  };
}

export type SiteLocator = ReturnType<typeof siteLocator>;
