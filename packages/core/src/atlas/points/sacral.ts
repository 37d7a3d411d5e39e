import type { Acupoint } from '../types.js';
import { LUMBOSACRAL, PREGNANCY_LABOUR } from './cautions.js';

// The sacrum: four Bladder points 1.5 B-cun out from the median sacral crest, each level with a
// posterior sacral foramen (BL27–BL30), the four points in the foramina themselves (BL31–BL34),
// and GV2 at the sacral hiatus. Location facts: WHO08 (docs/clinical-sources.md#points). Every one
// lies in the lumbosacral region.

const ORDINAL = ['1st', '2nd', '3rd', '4th'] as const;
type Foramen = 1 | 2 | 3 | 4;

const FIND_SACRUM =
  'Below the lowest lumbar vertebra (L5) lies the sacrum, the flat triangular bone between the buttocks.';
const FIND_FORAMINA =
  'Its back carries a row of four small hollows (foramina) on each side of the bony ridge on its midline.';

interface Name {
  id: string;
  pinyin: string;
  hanzi: string;
  english: string;
}

/** 1.5 B-cun out from the median sacral crest, level with a foramen. */
function besideCrest(name: Name, foramen: Foramen, sameLevelAs: string, extra = ''): Acupoint {
  const nth = ORDINAL[foramen - 1];
  return {
    ...name,
    code: name.id,
    meridian: 'Bladder',
    region: 'sacral',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'at',
        anchor: { landmark: `sacral-crest-${foramen}` },
        offsets: [{ cun: 1.5, segment: 'scapulae-medial-borders', direction: 'lateral' }],
      },
    ],
    locationFacts: `Level with the ${nth} posterior sacral foramen (the level of ${sameLevelAs}), 1.5 B-cun out from the median sacral crest.${extra}`,
    instructions: [
      FIND_SACRUM,
      FIND_FORAMINA,
      `Find the ${nth} hollow from the top; at that level, move 1.5 cun (two fingers' width) out from the midline ridge.`,
    ],
    byTouch: 'Firm ground: the flat back of the sacrum, near its outer edge.',
    cautions: [LUMBOSACRAL],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  };
}

/** In a posterior sacral foramen, found by touch from BL32 in the 2nd. */
function inForamen(name: Name, foramen: Foramen, findIt: string, extra = ''): Acupoint {
  const nth = ORDINAL[foramen - 1];
  // BL31 and BL32 are traditionally used to bring on labour (docs/clinical-sources.md#pregnancy).
  const labour = foramen <= 2;
  return {
    ...name,
    code: name.id,
    meridian: 'Bladder',
    region: 'sacral',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'at', anchor: { landmark: `sacral-foramen-${foramen}` }, offsets: [] }],
    locationFacts: `In the ${nth} posterior sacral foramen.${extra}`,
    instructions: [FIND_SACRUM, FIND_FORAMINA, findIt],
    byTouch: 'A small hollow in the bone, easiest to feel with a fingertip.',
    cautions: labour ? [LUMBOSACRAL, PREGNANCY_LABOUR] : [LUMBOSACRAL],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  };
}

export const sacralPoints: Acupoint[] = [
  besideCrest(
    {
      id: 'BL27',
      pinyin: 'Xiaochangshu',
      hanzi: '小肠俞',
      english: 'Small Intestine Transport Point',
    },
    1,
    'BL31',
  ),
  besideCrest(
    { id: 'BL28', pinyin: 'Pangguangshu', hanzi: '膀胱俞', english: 'Bladder Transport Point' },
    2,
    'BL32',
  ),
  besideCrest(
    { id: 'BL29', pinyin: 'Zhonglushu', hanzi: '中膂俞', english: 'Mid-Spine Transport Point' },
    3,
    'BL33',
  ),
  besideCrest(
    { id: 'BL30', pinyin: 'Baihuanshu', hanzi: '白环俞', english: 'White Ring Transport Point' },
    4,
    'BL34',
    ' It lies beside the sacral hiatus.',
  ),
  inForamen(
    { id: 'BL31', pinyin: 'Shangliao', hanzi: '上髎', english: 'Upper Crevice' },
    1,
    'From the second hollow (BL32), move up to the next hollow: the first one, at the top of the row.',
  ),
  inForamen(
    { id: 'BL32', pinyin: 'Ciliao', hanzi: '次髎', english: 'Second Crevice' },
    2,
    'The point sits in the second hollow from the top.',
  ),
  inForamen(
    { id: 'BL33', pinyin: 'Zhongliao', hanzi: '中髎', english: 'Middle Crevice' },
    3,
    'From the second hollow (BL32), move down to the first hollow below it.',
  ),
  inForamen(
    { id: 'BL34', pinyin: 'Xialiao', hanzi: '下髎', english: 'Lower Crevice' },
    4,
    'From the second hollow (BL32), move down past one hollow to the next: the lowest of the row, level with the small opening at the lower end of the sacrum.',
    ' It is level with the sacral hiatus.',
  ),
  {
    id: 'GV2',
    code: 'GV2',
    pinyin: 'Yaoshu',
    hanzi: '腰俞',
    english: 'Lumbar Transport Point',
    meridian: 'Governor',
    region: 'sacral',
    template: 'posterior',
    laterality: 'midline',
    sites: [{ kind: 'at', anchor: { landmark: 'sacral-hiatus' }, offsets: [] }],
    locationFacts: 'At the sacral hiatus, on the midline.',
    instructions: [
      'Follow the bony ridge on the midline of the sacrum downwards.',
      'Where the ridge ends, just above the tailbone, there is a small hollow: the sacral hiatus.',
    ],
    byTouch: 'A shallow dip at the lower end of the sacrum, above the tailbone.',
    cautions: [LUMBOSACRAL],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  },
];
