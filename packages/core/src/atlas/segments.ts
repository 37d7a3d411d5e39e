import type { SegmentId } from './types.js';

/** A B-cun segment: the body between two landmarks divided into a fixed number of B-cun. */
export interface BCunSegment {
  id: SegmentId;
  label: string;
  /** docs/clinical-sources.md#b-cun (proportional measurement). */
  cun: number;
  /** How a person can measure it on their own body (with a helper where needed), in cm. */
  howToMeasure: string;
}

// Every cun count below is from docs/clinical-sources.md#b-cun.
export const SEGMENTS: Readonly<Record<SegmentId, BCunSegment>> = {
  'scapulae-medial-borders': {
    id: 'scapulae-medial-borders',
    label: 'Between the inner borders of the shoulder blades',
    cun: 6,
    howToMeasure:
      'Stand relaxed with arms by your sides. A helper measures straight across the back between the inner edges of the two shoulder blades.',
  },
  'gluteal-fold-popliteal': {
    id: 'gluteal-fold-popliteal',
    label: 'Buttock crease to the crease behind the knee',
    cun: 14,
    howToMeasure:
      'Standing, measure down the back of the thigh from the middle of the buttock crease to the middle of the crease behind the knee.',
  },
  'trochanter-popliteal': {
    id: 'trochanter-popliteal',
    label: 'Outer hip bone to the crease behind the knee',
    cun: 19,
    howToMeasure:
      'Standing, measure from the bony point on the outside of the hip (greater trochanter) down to the level of the crease behind the knee.',
  },
  'popliteal-lateral-malleolus': {
    id: 'popliteal-lateral-malleolus',
    label: 'Crease behind the knee to the outer ankle bone',
    cun: 16,
    howToMeasure:
      'Sitting with the knee bent, measure from the outer end of the crease behind the knee down to the most prominent point of the outer ankle bone.',
  },
  'medial-condyle-medial-malleolus': {
    id: 'medial-condyle-medial-malleolus',
    label: 'Below the inner knee to the inner ankle bone',
    cun: 13,
    howToMeasure:
      'Sitting, measure from the lower edge of the bony knob on the inside of the knee down to the most prominent point of the inner ankle bone.',
  },
  'cubital-wrist': {
    id: 'cubital-wrist',
    label: 'Elbow crease to wrist crease',
    cun: 12,
    howToMeasure: 'With the palm up, measure from the elbow crease to the wrist crease.',
  },
  'umbilicus-pubis': {
    id: 'umbilicus-pubis',
    label: 'Navel to the top of the pubic bone',
    cun: 5,
    howToMeasure:
      'Lying on your back, measure from the navel down to the upper edge of the pubic bone.',
  },
};

export const SEGMENT_IDS = Object.keys(SEGMENTS) as SegmentId[];
