import type { Acupoint, CautionFlag, Meridian, Region, TemplateId } from './types.js';
import { lumbarPoints } from './points/lumbar.js';
import { sacralPoints } from './points/sacral.js';
import { jiajiPoints } from './points/jiaji.js';
import { buttockThighPoints } from './points/buttock-thigh.js';
import { lowerLegPoints } from './points/lower-leg.js';
import { stomachLegPoints } from './points/stomach-leg.js';
import { distalPoints } from './points/distal.js';

/** Every point of the atlas, in display order: the back first, then outwards. */
export const POINTS: readonly Acupoint[] = [
  ...lumbarPoints,
  ...sacralPoints,
  ...jiajiPoints,
  ...buttockThighPoints,
  ...lowerLegPoints,
  ...stomachLegPoints,
  ...distalPoints,
];

const byId = new Map(POINTS.map((p) => [p.id.toUpperCase(), p]));

/** A point by its atlas id (case-insensitive): `BL23`, `bl23`, `EX-B2-L4`. */
export function getPoint(id: string): Acupoint | undefined {
  return byId.get(id.trim().toUpperCase());
}

/** Atlas ids that share a WHO code (EX-B2 has one entry per level). */
export function idsForCode(code: string): string[] {
  const c = code.trim().toUpperCase();
  return POINTS.filter((p) => p.code.toUpperCase() === c).map((p) => p.id);
}

export interface PointFilter {
  /** Free text: matches code, id, pinyin, English name or Chinese characters. */
  q?: string;
  region?: Region;
  meridian?: Meridian;
  caution?: CautionFlag;
  template?: TemplateId;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '');

const haystack = new Map(
  POINTS.map((p) => [p.id, [p.id, p.code, p.pinyin, p.english, p.hanzi].map(fold).join('|')]),
);

/** Points matching every given criterion, in atlas order. */
export function findPoints(filter: PointFilter = {}): Acupoint[] {
  const q = filter.q ? fold(filter.q) : '';
  return POINTS.filter(
    (p) =>
      (!q || haystack.get(p.id)!.includes(q)) &&
      (!filter.region || p.region === filter.region) &&
      (!filter.meridian || p.meridian === filter.meridian) &&
      (!filter.template || p.template === filter.template) &&
      (!filter.caution || p.cautions.some((c) => c.flag === filter.caution)),
  );
}
