// The areas of the body, and which contain which: the one anatomy table that pain regions,
// reported sites (a scar, varicose veins, a swelling ...) and pressed places all refer to. Where an
// area lies on each drawing is in the templates (`areas`); this file says only what it is.

/** Every body area, parents before their parts. `body` is the whole body. */
export const BODY_AREAS = [
  'body',
  'head',
  'face',
  'neck',
  'shoulder',
  'back',
  'thoracic',
  'lumbar',
  'sacral',
  'chest',
  'abdomen',
  'arm',
  'hand',
  'buttock',
  'leg',
  'thigh',
  'thigh-posterior',
  'thigh-lateral',
  'thigh-anterior',
  'knee',
  'lower-leg',
  'calf',
  'shin',
  'ankle-and-foot',
  'ankle',
  'foot',
] as const;

export type BodyArea = (typeof BODY_AREAS)[number];

export interface BodyAreaInfo {
  id: BodyArea;
  /** Plain words, as a person would name it. */
  label: string;
  /** The area it is part of (none for the whole body). */
  partOf?: BodyArea;
  /**
   * A left and a right one with nothing between (a leg, a hand): "the middle" of it means
   * nothing, so a site reported there on the midline is read as both sides.
   */
  paired: boolean;
}

const area = (id: BodyArea, label: string, partOf: BodyArea, paired = false): BodyAreaInfo => ({
  id,
  label,
  partOf,
  paired,
});

export const BODY_AREA_INFO: Readonly<Record<BodyArea, BodyAreaInfo>> = {
  body: { id: 'body', label: 'Anywhere on the body', paired: false },
  head: area('head', 'Head', 'body'),
  face: area('face', 'Face', 'head'),
  neck: area('neck', 'Neck', 'body'),
  shoulder: area('shoulder', 'Top of the shoulder', 'body', true),
  back: area('back', 'Back (anywhere on it)', 'body'),
  thoracic: area('thoracic', 'Upper and middle back', 'back'),
  lumbar: area('lumbar', 'Lower back', 'back'),
  sacral: area('sacral', 'Sacrum', 'back'),
  chest: area('chest', 'Chest', 'body'),
  abdomen: area('abdomen', 'Belly (abdomen)', 'body'),
  arm: area('arm', 'Arm', 'body', true),
  hand: area('hand', 'Hand and wrist', 'body', true),
  buttock: area('buttock', 'Buttock', 'body', true),
  leg: area('leg', 'Leg (anywhere on it)', 'body', true),
  thigh: area('thigh', 'Thigh', 'leg', true),
  'thigh-posterior': area('thigh-posterior', 'Back of the thigh', 'thigh', true),
  'thigh-lateral': area('thigh-lateral', 'Outer thigh', 'thigh', true),
  'thigh-anterior': area('thigh-anterior', 'Front and inner thigh', 'thigh', true),
  knee: area('knee', 'Knee (front or back)', 'leg', true),
  'lower-leg': area('lower-leg', 'Lower leg (calf and shin)', 'leg', true),
  calf: area('calf', 'Calf', 'lower-leg', true),
  shin: area('shin', 'Shin', 'lower-leg', true),
  'ankle-and-foot': area('ankle-and-foot', 'Ankle and foot', 'leg', true),
  ankle: area('ankle', 'Ankle', 'ankle-and-foot', true),
  foot: area('foot', 'Foot', 'ankle-and-foot', true),
};

/** The areas a site can be reported in: every area but the whole body. */
export type SiteArea = Exclude<BodyArea, 'body'>;
export const SITE_AREAS: SiteArea[] = BODY_AREAS.filter((a): a is SiteArea => a !== 'body');

/** An area and every area it is part of, up to the whole body. */
function withParents(a: BodyArea): Set<BodyArea> {
  const out = new Set<BodyArea>();
  for (let at: BodyArea | undefined = a; at; at = BODY_AREA_INFO[at].partOf) out.add(at);
  return out;
}

const ANCESTORS: ReadonlyMap<BodyArea, ReadonlySet<BodyArea>> = new Map(
  BODY_AREAS.map((a) => [a, withParents(a)]),
);

/** Whether `outer` contains `inner` (an area contains itself): the lower leg contains the calf. */
export function areaContains(outer: BodyArea, inner: BodyArea): boolean {
  return ANCESTORS.get(inner)!.has(outer);
}

/**
 * Whether two areas can share a spot: one contains the other. A site on the lower leg and a spot
 * in the calf do; the calf and the shin do not.
 */
export function areasOverlap(a: BodyArea, b: BodyArea): boolean {
  return areaContains(a, b) || areaContains(b, a);
}

/** A left and a right one (a leg, a hand): its "middle" is no place on the body. */
export const isPairedArea = (a: BodyArea): boolean => BODY_AREA_INFO[a].paired;
