import type { Acupoint, CunOffset } from '../types.js';
import { LUMBOSACRAL } from './cautions.js';

const lateralCun = (cun: number): CunOffset => ({
  cun,
  segment: 'scapulae-medial-borders',
  direction: 'lateral',
});

// Finding the lumbar levels by touch. CAM (clinical-facts §2): the tops of the iliac crests are
// level with about L4.
const FIND_L4 =
  'Put your hands on your waist, thumbs towards the spine, and slide them down onto the top of the hip bones. The line between the tops of the two hip bones crosses the spine at about the 4th lumbar vertebra (L4).';
const countFromL4 = (level: number): string => {
  if (level === 4) return 'The bony bump on the spine at that line is the L4 spinous process.';
  const n = Math.abs(4 - level);
  const way = level < 4 ? 'up' : 'down';
  return `From L4, count ${n} bony bump${n > 1 ? 's' : ''} ${way} the middle of the spine to reach L${level}.`;
};

function bladderLumbar(
  id: string,
  pinyin: string,
  hanzi: string,
  english: string,
  level: number,
  lateral: 1.5 | 3,
  prescription: Acupoint['prescription'],
): Acupoint {
  return {
    id,
    code: id,
    pinyin,
    hanzi,
    english,
    meridian: 'Bladder',
    region: 'lumbar',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'at', anchor: { landmark: `L${level}` }, offsets: [lateralCun(lateral)] }],
    // WHO08 via clinical-facts §1.
    locationFacts: `Level with the lower border of the L${level} spinous process, ${lateral} B-cun out from the midline of the back.`,
    instructions: [
      FIND_L4,
      countFromL4(level),
      `Just below the tip of that bump, move ${lateral} cun out to each side of the spine.`,
    ],
    byTouch:
      lateral === 1.5
        ? 'You are on the long muscle that runs beside the spine; a tight or tender band is common here.'
        : 'You are past the long muscle beside the spine, on the softer flank of the back.',
    cautions: [LUMBOSACRAL],
    prescription,
    sources: ['WHO08', 'CAM'],
  };
}

function governorLumbar(
  id: string,
  pinyin: string,
  hanzi: string,
  english: string,
  level: number,
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
    sites: [{ kind: 'at', anchor: { landmark: `L${level}` }, offsets: [] }],
    locationFacts: `On the midline of the back, in the hollow just below the L${level} spinous process.${extraFact}`,
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

export const lumbarSacralPoints: Acupoint[] = [
  // CAM main point for low back pain (clinical-facts §1).
  bladderLumbar('BL23', 'Shenshu', '肾俞', 'Kidney Transport Point', 2, 1.5, { role: 'main' }),
  bladderLumbar('BL24', 'Qihaishu', '气海俞', 'Sea-of-Qi Transport Point', 3, 1.5, {
    role: 'related',
  }),
  bladderLumbar('BL25', 'Dachangshu', '大肠俞', 'Large Intestine Transport Point', 4, 1.5, {
    role: 'added',
    pattern: 'cold-damp',
  }),
  bladderLumbar('BL26', 'Guanyuanshu', '关元俞', 'Origin Pass Transport Point', 5, 1.5, {
    role: 'added',
    pattern: 'cold-damp',
  }),
  bladderLumbar('BL52', 'Zhishi', '志室', 'Will Chamber', 2, 3, {
    role: 'added',
    pattern: 'kidney-yin deficiency',
  }),
  // CAM main point; CAM adds that it is level with the iliac crests (clinical-facts §1).
  governorLumbar(
    'GV3',
    'Yaoyangguan',
    '腰阳关',
    'Lumbar Yang Pass',
    4,
    { role: 'main' },
    ' CAM places it level with the tops of the hip bones.',
  ),
  governorLumbar('GV4', 'Mingmen', '命门', 'Life Gate', 2, {
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
    // CAM and GB/T 40997 via clinical-facts §1; not in WHO08.
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
  {
    id: 'BL28',
    code: 'BL28',
    pinyin: 'Pangguangshu',
    hanzi: '膀胱俞',
    english: 'Bladder Transport Point',
    meridian: 'Bladder',
    region: 'sacral',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'at', anchor: { landmark: 'sacral-crest-2' }, offsets: [lateralCun(1.5)] }],
    locationFacts:
      'Level with the 2nd posterior sacral foramen, 1.5 B-cun out from the median sacral crest.',
    instructions: [
      'Below the lowest lumbar vertebra (L5) lies the sacrum, the flat triangular bone between the buttocks.',
      'Its back carries a row of small hollows (foramina) on each side of the midline; find the second from the top.',
      'At that level, move 1.5 cun out from the bony ridge on the midline of the sacrum.',
    ],
    byTouch: 'Firm ground: the flat back of the sacrum, near its outer edge.',
    cautions: [LUMBOSACRAL],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  },
  {
    id: 'BL32',
    code: 'BL32',
    pinyin: 'Ciliao',
    hanzi: '次髎',
    english: 'Second Crevice',
    meridian: 'Bladder',
    region: 'sacral',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'at', anchor: { landmark: 'sacral-foramen-2' }, offsets: [] }],
    locationFacts: 'In the 2nd posterior sacral foramen.',
    instructions: [
      'Find the sacrum, the flat triangular bone below the lowest lumbar vertebra.',
      'Feel for the small hollows running down each side of its midline ridge; the point sits in the second one from the top.',
    ],
    byTouch: 'A small hollow in the bone, easiest to feel with a fingertip.',
    cautions: [
      LUMBOSACRAL,
      {
        flag: 'pregnancy',
        note: 'Traditionally used to bring on labour: always left out in pregnancy.',
        source: 'AcupressSafety',
        verified: true,
      },
    ],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  },
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
