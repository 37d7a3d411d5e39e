import {
  TEMPLATES,
  type Acupoint,
  type CautionFlag,
  type PlacedSite,
  type PlanSide,
  type PrescriptionRole,
  type Region,
  type SourceKey,
} from '@acupress/core';

// Plain-language labels for the atlas's coded values. The clinical facts themselves stay in
// core; this file only names them for people.

export const REGION_LABELS: Record<Region, string> = {
  thoracic: 'Upper back',
  lumbar: 'Lower back',
  sacral: 'Sacrum',
  buttock: 'Buttock',
  thigh: 'Thigh',
  knee: 'Knee',
  calf: 'Calf',
  leg: 'Lower leg',
  ankle: 'Ankle',
  foot: 'Foot',
  hand: 'Hand',
  face: 'Face',
  shoulder: 'Shoulder',
};

export const CAUTION_LABELS: Record<CautionFlag, string> = {
  pregnancy: 'Pregnancy',
  lumbosacral: 'Low back: pregnancy',
  vessel: 'Blood vessel',
  nerve: 'Nerve',
  'varicose-veins': 'Varicose veins',
  'calf-swelling': 'Calf swelling',
};

const SOURCE_SHORT: Partial<Record<SourceKey, string>> = {
  WHO08: 'WHO 2008',
  CAM: 'CAM',
  GBT40997: 'GB/T 40997',
  Carr2015: 'Carr 2015',
  Murphy2019: 'Murphy 2019',
  AcupressSafety: 'Acupress safety default',
  AcupressDefault: 'Acupress default',
  Ostelo2008: 'Ostelo 2008',
  Godley2020: 'Godley & Smith 2020',
  Hill2011: 'Hill 2011',
  Guidelines: 'NICE, ACP and WHO guidelines',
};

/** A source's short name ("WHO 2008"); the key itself for a source added to core later. */
export function sourceShort(key: SourceKey): string {
  return SOURCE_SHORT[key] ?? key;
}

/** Which sides a plan's step is pressed on, in words: "Left and right", "On the midline". */
export function sidesText(sides: readonly PlanSide[]): string {
  if (sides.includes('midline')) return 'On the midline';
  if (sides.length === 2) return 'Left and right';
  return sides[0] === 'left' ? 'Left side only' : 'Right side only';
}

/** "BL23 Shenshu": the short name used in links and document titles. */
export function pointName(point: Acupoint): string {
  return `${point.id} ${point.pinyin}`;
}

const LIMB_NOUN: Partial<Record<Acupoint['template'], string>> = {
  'dorsal-hand': 'hand',
  'lateral-leg': 'leg',
  'medial-foot': 'leg',
};

/** Which side a drawn site is on, in words: "left side", "right leg", "midline". */
export function sideLabel(point: Acupoint, site: PlacedSite): string {
  if (site.side === 'midline') return 'midline';
  const limb = LIMB_NOUN[point.template];
  const base = limb ? `${site.side} ${limb}` : `${site.side} side`;
  const count = point.sites.length;
  return count > 1 ? `${base}, point ${site.siteIndex + 1} of ${count}` : base;
}

/** How a template's view relates to the person's sides, for the caption under a diagram. */
export function viewNote(point: Acupoint): string {
  const t = TEMPLATES[point.template];
  if (t.frame.kind === 'body') {
    return t.frame.facing === 'posterior'
      ? 'Seen from behind: the person’s left side is on your left.'
      : 'Seen from the front: the person’s left side is on your right.';
  }
  const limb = LIMB_NOUN[point.template] ?? 'limb';
  return point.laterality === 'bilateral'
    ? `Drawn on the ${t.frame.drawnSide} ${limb}; the point is in the same place on the other ${limb}.`
    : `Drawn on the ${t.frame.drawnSide} ${limb}.`;
}

/** The point's role in the standard-text prescription for low back pain, in plain words. */
export function prescriptionText(role: PrescriptionRole): string {
  switch (role.role) {
    case 'main':
      return 'A main point of the standard-text prescription for low back pain (CAM).';
    case 'added': {
      const what = /sprain|trauma/.test(role.pattern)
        ? `an ${role.pattern}`
        : `the ${role.pattern} pattern`;
      return `Added to the standard-text prescription for low back pain for ${what} (CAM).`;
    }
    case 'related':
      return 'Not part of the standard-text prescription for low back pain (CAM).';
  }
}

/** A short chip text for the prescription role, when it is part of the CAM prescription. */
export function prescriptionChip(role: PrescriptionRole): string | undefined {
  if (role.role === 'main') return 'Main point';
  if (role.role === 'added') return `Added: ${role.pattern}`;
  return undefined;
}

export function meridianLabel(point: Acupoint): string {
  return point.meridian === 'Extra' ? 'Extra point' : `${point.meridian} meridian`;
}
