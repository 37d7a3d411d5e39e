import type { Acupoint } from '../types.js';
import { PREGNANCY_CAM, PREGNANCY_DEFAULT, vessel } from './cautions.js';

// Points away from the back: the standard prescription's distal points and the points people
// meet in acupressure for back pain. Location facts: WHO08 (docs/clinical-sources.md#points)
// unless noted.
export const distalPoints: Acupoint[] = [
  {
    id: 'KI3',
    code: 'KI3',
    pinyin: 'Taixi',
    hanzi: '太溪',
    english: 'Great Ravine',
    meridian: 'Kidney',
    region: 'ankle',
    template: 'medial-foot',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'between',
        from: 'medial-malleolus',
        to: 'calcaneal-tendon',
        fraction: 0.5,
        offsets: [],
      },
    ],
    locationFacts:
      'In the hollow between the prominence of the medial malleolus and the calcaneal tendon.',
    instructions: [
      'Find the inner ankle bone and the Achilles tendon behind it.',
      'The point is in the hollow halfway between them.',
    ],
    byTouch: 'A soft hollow behind the inner ankle bone; you may feel a pulse.',
    cautions: [
      {
        flag: 'varicose-veins',
        note: 'Do not press over varicose veins.',
        source: 'WHO08',
        verified: true,
      },
    ],
    prescription: { role: 'added', pattern: 'kidney-yin deficiency' },
    sources: ['WHO08', 'CAM'],
  },
  {
    id: 'SP6',
    code: 'SP6',
    pinyin: 'Sanyinjiao',
    hanzi: '三阴交',
    english: 'Three Yin Intersection',
    meridian: 'Spleen',
    region: 'leg',
    template: 'medial-foot',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'at',
        anchor: { landmark: 'medial-malleolus' },
        offsets: [
          { cun: 3, segment: 'medial-condyle-medial-malleolus', toward: 'medial-tibial-condyle' },
        ],
        beside: [{ direction: 'posterior', of: 'the medial border of the tibia' }],
      },
    ],
    locationFacts:
      'Just behind the inner (medial) border of the tibia, 3 B-cun above the prominence of the medial malleolus.',
    instructions: [
      'Find the inner ankle bone.',
      'Go 3 cun straight up the leg (about four fingers held together).',
      'Feel for the inner edge of the shin bone; the point is just behind it.',
    ],
    byTouch: 'Just behind the edge of the shin bone, on the inner lower leg; often tender.',
    cautions: [PREGNANCY_CAM],
    prescription: { role: 'related' },
    sources: ['WHO08', 'CAM'],
  },
  {
    id: 'LR3',
    code: 'LR3',
    pinyin: 'Taichong',
    hanzi: '太冲',
    english: 'Great Surge',
    meridian: 'Liver',
    region: 'foot',
    template: 'anterior',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'at',
        anchor: { landmark: 'metatarsal-1-2-bases' },
        offsets: [],
        beside: [{ direction: 'distal', of: 'the junction of the 1st and 2nd metatarsal bases' }],
      },
    ],
    locationFacts:
      'Between the 1st and 2nd metatarsal bones, in the hollow just towards the toes from where their bases meet.',
    instructions: [
      'On the top of the foot, run a finger from the gap between the big toe and the second toe back towards the ankle.',
      'The finger stops where the two long bones meet; the point is in the hollow just before that junction.',
    ],
    byTouch: 'A hollow between two foot bones; you may feel a pulse.',
    cautions: [vessel('Over the dorsalis pedis artery: press gently and move off a pulse.')],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  },
  {
    id: 'GV26',
    code: 'GV26',
    pinyin: 'Shuigou (Renzhong)',
    hanzi: '水沟',
    english: 'Water Trough',
    meridian: 'Governor',
    region: 'face',
    template: 'anterior',
    laterality: 'midline',
    sites: [{ kind: 'between', from: 'nose-base', to: 'upper-lip', fraction: 0.5, offsets: [] }],
    locationFacts:
      'At the midpoint of the philtrum, the groove between the nose and the upper lip.',
    instructions: [
      'Find the groove between the base of the nose and the upper lip.',
      'The point is halfway down the groove.',
    ],
    byTouch: 'On the groove above the lip; use a fingertip and light pressure.',
    cautions: [],
    // CAM: added for acute sprain or trauma (docs/clinical-sources.md#points).
    prescription: { role: 'added', pattern: 'acute sprain or trauma' },
    sources: ['WHO08', 'CAM'],
  },
  {
    id: 'LI4',
    code: 'LI4',
    pinyin: 'Hegu',
    hanzi: '合谷',
    english: 'Union Valley',
    meridian: 'Large Intestine',
    region: 'hand',
    template: 'dorsal-hand',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'between',
        from: 'mc2-base',
        to: 'mc2-head',
        fraction: 0.5,
        offsets: [],
        beside: [{ direction: 'radial', of: 'the 2nd metacarpal' }],
      },
    ],
    locationFacts:
      'On the back of the hand, on the thumb side of the middle of the 2nd metacarpal bone.',
    instructions: [
      'Hold your hand with the back up. Feel the long bone that runs from the index knuckle to the wrist (2nd metacarpal).',
      'At the middle of that bone, move onto its thumb side.',
    ],
    byTouch:
      'In the muscle between thumb and index finger, against the side of the bone; usually tender.',
    cautions: [PREGNANCY_CAM],
    prescription: { role: 'related' },
    sources: ['WHO08', 'CAM'],
  },
  {
    id: 'SI3',
    code: 'SI3',
    pinyin: 'Houxi',
    hanzi: '后溪',
    english: 'Back Ravine',
    meridian: 'Small Intestine',
    region: 'hand',
    template: 'dorsal-hand',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'at',
        anchor: { landmark: 'mcp5-ulnar' },
        offsets: [],
        beside: [{ direction: 'proximal', of: 'the 5th metacarpophalangeal joint' }],
      },
    ],
    locationFacts:
      'In the hollow just towards the wrist from the little-finger side of the 5th knuckle (metacarpophalangeal joint), where the skin of the palm meets the skin of the back of the hand.',
    instructions: [
      'Make a loose fist. On the little-finger edge of the hand, find the knuckle at the base of the little finger.',
      'Just towards the wrist from it, on the edge where palm skin meets back-of-hand skin, is a hollow.',
    ],
    byTouch: 'A hollow on the edge of the hand, behind the little-finger knuckle.',
    cautions: [],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  },
  {
    id: 'EX-UE7',
    code: 'EX-UE7',
    pinyin: 'Yaotongdian',
    hanzi: '腰痛点',
    english: 'Lumbar Pain Points',
    meridian: 'Extra',
    region: 'hand',
    template: 'dorsal-hand',
    laterality: 'bilateral',
    // CAM and GB/T 40997: two points on each hand (docs/clinical-sources.md#points).
    sites: [
      { kind: 'between', from: 'wrist-crease-2-3', to: 'mcp-2-3', fraction: 0.5, offsets: [] },
      { kind: 'between', from: 'wrist-crease-4-5', to: 'mcp-4-5', fraction: 0.5, offsets: [] },
    ],
    locationFacts:
      'Two points on the back of each hand, halfway between the wrist crease and the knuckles: one between the 2nd and 3rd metacarpals, one between the 4th and 5th. Not in WHO 2008; located by CAM and GB/T 40997.',
    instructions: [
      'On the back of the hand, find the gap between the long bones of the index and middle fingers, and the gap between those of the ring and little fingers.',
      'In each gap, the point is halfway between the wrist crease and the knuckles.',
    ],
    byTouch: 'In the soft gaps between the long bones of the hand.',
    cautions: [],
    // CAM indication: acute lumbar sprain (docs/clinical-sources.md#points).
    prescription: { role: 'added', pattern: 'acute sprain or trauma' },
    sources: ['CAM', 'GBT40997'],
    notInWho08: true,
  },
  {
    id: 'GB21',
    code: 'GB21',
    pinyin: 'Jianjing',
    hanzi: '肩井',
    english: 'Shoulder Well',
    meridian: 'Gallbladder',
    region: 'shoulder',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [{ kind: 'between', from: 'C7', to: 'acromion', fraction: 0.5, offsets: [] }],
    locationFacts:
      'At the midpoint of the line from the C7 spinous process to the outer end of the acromion.',
    instructions: [
      'Bend the head forward: the most prominent bump at the base of the neck is C7.',
      'Find the bony tip of the shoulder (acromion).',
      'The point is on top of the shoulder, halfway between the two.',
    ],
    byTouch: 'On the top of the shoulder muscle; often tight and tender.',
    cautions: [PREGNANCY_DEFAULT],
    prescription: { role: 'related' },
    sources: ['WHO08'],
  },
];
