import type { Acupoint, CunOffset } from '../types.js';
import { LUMBOSACRAL } from './cautions.js';

const lateralCun = (cun: number): CunOffset => ({
  cun,
  segment: 'scapulae-medial-borders',
  direction: 'lateral',
});

// Finding the levels by touch. CAM (docs/clinical-sources.md#b-cun): the tops of the iliac crests
// are level with about L4.
const FIND_L4 =
  'Put your hands on your waist, thumbs towards the spine, and slide them down onto the top of the hip bones. The line between the tops of the two hip bones crosses the spine at about the 4th lumbar vertebra (L4).';
const SPINE = ['T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const;
type Level = (typeof SPINE)[number];
const countFromL4 = (level: Level): string => {
  if (level === 'L4') return 'The bony bump on the spine at that line is the L4 spinous process.';
  const d = SPINE.indexOf(level) - SPINE.indexOf('L4');
  const n = Math.abs(d);
  const way = d < 0 ? 'up' : 'down';
  return `From L4, count ${n} bony bump${n > 1 ? 's' : ''} ${way} the middle of the spine to reach ${level}.`;
};

/**
 * A Bladder point level with the lower border of a spinous process, 1.5 or 3 B-cun out (WHO08,
 * docs/clinical-sources.md#points). From L1 down it lies in the low back and carries the
 * lumbosacral caution; BL20 and BL21 (T11, T12) are upper-back points with none.
 */
function bladderLumbar(
  id: string,
  pinyin: string,
  hanzi: string,
  english: string,
  level: Level,
  lateral: 1.5 | 3,
  prescription: Acupoint['prescription'],
): Acupoint {
  const lumbar = level.startsWith('L');
  return {
    id,
    code: id,
    pinyin,
    hanzi,
    english,
    meridian: 'Bladder',
    region: lumbar ? 'lumbar' : 'thoracic',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'at', anchor: { landmark: level }, offsets: [lateralCun(lateral)] }],
    locationFacts: `Level with the lower border of the ${level} spinous process, ${lateral} B-cun out from the midline of the back.`,
    instructions: [
      FIND_L4,
      countFromL4(level),
      `Just below the tip of that bump, move ${lateral} cun out to each side of the spine.`,
    ],
    byTouch:
      lateral === 1.5
        ? 'You are on the long muscle that runs beside the spine; a tight or tender band is common here.'
        : 'You are past the long muscle beside the spine, on the softer flank of the back.',
    cautions: lumbar ? [LUMBOSACRAL] : [],
    prescription,
    sources: ['WHO08', 'CAM'],
  };
}

function governorLumbar(
  id: string,
  pinyin: string,
  hanzi: string,
  english: string,
  level: Level,
  prescription: Acupoint['prescription'],
  extraFact = '',
): Acupoint {
  return {
    id,
    code: id,
    pinyin,
    hanzi,
    english,
    meridian: 'Governor',
    region: 'lumbar',
    template: 'posterior',
    laterality: 'midline',
    sites: [{ kind: 'at', anchor: { landmark: level }, offsets: [] }],
    locationFacts: `On the midline of the back, in the hollow just below the ${level} spinous process.${extraFact}`,
    instructions: [
      FIND_L4,
      countFromL4(level),
      'The point is in the small hollow just below that bump, on the midline.',
    ],
    byTouch: 'A small dip between two bony bumps of the spine.',
    cautions: [LUMBOSACRAL],
    prescription,
    sources: ['WHO08', 'CAM'],
  };
}

// Roles in the CAM prescription for low back pain: docs/clinical-sources.md#points.
export const lumbarPoints: Acupoint[] = [
  bladderLumbar('BL20', 'Pishu', '脾俞', 'Spleen Transport Point', 'T11', 1.5, {
    role: 'related',
  }),
  bladderLumbar('BL21', 'Weishu', '胃俞', 'Stomach Transport Point', 'T12', 1.5, {
    role: 'related',
  }),
  bladderLumbar('BL22', 'Sanjiaoshu', '三焦俞', 'Triple Energizer Transport Point', 'L1', 1.5, {
    role: 'related',
  }),
  bladderLumbar('BL23', 'Shenshu', '肾俞', 'Kidney Transport Point', 'L2', 1.5, { role: 'main' }),
  bladderLumbar('BL24', 'Qihaishu', '气海俞', 'Sea-of-Qi Transport Point', 'L3', 1.5, {
    role: 'related',
  }),
  bladderLumbar('BL25', 'Dachangshu', '大肠俞', 'Large Intestine Transport Point', 'L4', 1.5, {
    role: 'added',
    pattern: 'cold-damp',
  }),
  bladderLumbar('BL26', 'Guanyuanshu', '关元俞', 'Origin Pass Transport Point', 'L5', 1.5, {
    role: 'added',
    pattern: 'cold-damp',
  }),
  bladderLumbar('BL52', 'Zhishi', '志室', 'Will Chamber', 'L2', 3, {
    role: 'added',
    pattern: 'kidney-yin deficiency',
  }),
  // CAM adds that GV3 is level with the iliac crests.
  governorLumbar(
    'GV3',
    'Yaoyangguan',
    '腰阳关',
    'Lumbar Yang Pass',
    'L4',
    { role: 'main' },
    ' CAM places it level with the tops of the hip bones.',
  ),
  governorLumbar('GV4', 'Mingmen', '命门', 'Life Gate', 'L2', {
    role: 'added',
    pattern: 'kidney-yang deficiency',
  }),
  {
    id: 'EX-B7',
    code: 'EX-B7',
    pinyin: 'Yaoyan',
    hanzi: '腰眼',
    english: 'Lumbar Eyes',
    meridian: 'Extra',
    region: 'lumbar',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'at', anchor: { landmark: 'L4' }, offsets: [lateralCun(3.5)] }],
    // CAM and GB/T 40997 (docs/clinical-sources.md#points); not in WHO08.
    locationFacts:
      'About 3.5 B-cun out from the lower border of the L4 spinous process, in the hollow that shows when lying face down. Not in WHO 2008; located by CAM and GB/T 40997.',
    instructions: [
      'Lie face down, or stand and lean slightly forward.',
      FIND_L4,
      'From just below the L4 bump, move about 3.5 cun out to each side, into the hollow there.',
    ],
    byTouch: 'A soft hollow on each side of the low back, beside the top of the hip bone.',
    cautions: [LUMBOSACRAL],
    prescription: { role: 'added', pattern: 'kidney-yang deficiency' },
    sources: ['CAM', 'GBT40997'],
    notInWho08: true,
  },
];
