// Types of the acupoint atlas. Every clinical value carried by these types comes from
// docs/clinical-sources.md (each point cites its sources in `sources`).

import type { MERIDIANS, REGIONS, SOURCE_KEYS } from './vocabulary.js';

export type SourceKey = (typeof SOURCE_KEYS)[number];

export type TemplateId = 'posterior' | 'anterior' | 'lateral-leg' | 'dorsal-hand' | 'medial-foot';

export type Meridian = (typeof MERIDIANS)[number];

export type Region = (typeof REGIONS)[number];

/** Structured cautions (docs/clinical-sources.md#points "Cautions", #pregnancy and #do-not-press). */
export type CautionFlag =
  'pregnancy' | 'lumbosacral' | 'vessel' | 'nerve' | 'varicose-veins' | 'calf-swelling';

export interface Caution {
  flag: CautionFlag;
  /** The project's own words. */
  note: string;
  source: SourceKey;
  /** false where the sources give the fact as unverified (docs/clinical-sources.md): the UI labels it so. */
  verified: boolean;
}

/** Direction words of anatomy, as used in location facts. */
export type Direction =
  | 'lateral'
  | 'medial'
  | 'superior'
  | 'inferior'
  | 'anterior'
  | 'posterior'
  | 'radial'
  | 'ulnar'
  | 'proximal'
  | 'distal';

/** A B-cun segment of docs/clinical-sources.md#b-cun (proportional measurement). */
export type SegmentId =
  | 'scapulae-medial-borders'
  | 'gluteal-fold-popliteal'
  | 'trochanter-popliteal'
  | 'popliteal-lateral-malleolus'
  | 'medial-condyle-medial-malleolus'
  | 'cubital-wrist'
  | 'umbilicus-pubis';

/** Where an offset starts: a landmark of the point's template, or another point. */
export type Anchor = { landmark: string } | { point: string };

/**
 * A distance in B-cun of one segment. `toward` a landmark (or `towardPoint`, another point of the
 * same template) follows that line (e.g. down the thigh towards the popliteal crease); otherwise
 * `direction` is used.
 */
export interface CunOffset {
  cun: number;
  segment: SegmentId;
  direction?: Direction;
  toward?: string;
  towardPoint?: string;
}

/**
 * A qualitative placement the source gives without a distance ("anterior to the fibula",
 * "in the depression distal to ..."). Drawn a few units that way; never shown as a measurement.
 */
export interface Beside {
  direction: Direction;
  of: string;
}

export type Site =
  | { kind: 'at'; anchor: Anchor; offsets: CunOffset[]; beside?: Beside[] }
  | {
      kind: 'between';
      from: string;
      to: string;
      /** 0 at `from`, 1 at `to`. */
      fraction: number;
      offsets: CunOffset[];
      beside?: Beside[];
    };

export type Laterality = 'bilateral' | 'midline';

/** The role a point has in the standard-text low back pain prescription (CAM, docs/clinical-sources.md#points). */
export type PrescriptionRole =
  { role: 'main' } | { role: 'added'; pattern: string } | { role: 'related' };

export interface Acupoint {
  /** Unique id in the atlas: the WHO code, or the code plus a level (EX-B2-L4). */
  id: string;
  /** WHO code (extra points in the WHO 1991 nomenclature, unverified: docs/clinical-sources.md#points). */
  code: string;
  pinyin: string;
  hanzi: string;
  english: string;
  meridian: Meridian;
  region: Region;
  template: TemplateId;
  laterality: Laterality;
  /** The location facts as data: usually one site; Yaotongdian has two per hand. */
  sites: Site[];
  /** Location facts as the source states them, paraphrased. */
  locationFacts: string;
  /** How to find it on your own body, step by step, in our own words. */
  instructions: string[];
  /** How it feels under the finger when you are on it. */
  byTouch: string;
  cautions: Caution[];
  prescription: PrescriptionRole;
  sources: SourceKey[];
  /** Set for points not in WHO08 (extra points): the product says so. */
  notInWho08?: boolean;
}

export interface Point2 {
  x: number;
  y: number;
}

export type Side = 'left' | 'right' | 'midline';

/** A point drawn on its template, in the template's SVG coordinates. */
export interface PlacedSite extends Point2 {
  side: Side;
  siteIndex: number;
}
