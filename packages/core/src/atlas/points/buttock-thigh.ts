import type { Acupoint } from '../types.js';
import { bilateralPoint as point } from './bilateral-point.js';
import { calfSwelling, nerve, vessel } from './cautions.js';

// The buttock, the back of the thigh and knee, and the calf (posterior view).
// Location facts: WHO08 (docs/clinical-sources.md#points), unless a note says otherwise.
export const buttockThighPoints: Acupoint[] = [
  point(
    {
      id: 'BL54',
      pinyin: 'Zhibian',
      hanzi: '秩边',
      english: 'Order Edge',
      meridian: 'Bladder',
      region: 'buttock',
      template: 'posterior',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'sacral-crest-4' },
          offsets: [{ cun: 3, segment: 'scapulae-medial-borders', direction: 'lateral' }],
        },
      ],
      locationFacts:
        'Level with the 4th posterior sacral foramen, 3 B-cun out from the median sacral crest.',
      instructions: [
        'Find the sacrum, the flat bone between the buttocks, and the row of small hollows down each side of its midline ridge.',
        'At the level of the fourth hollow from the top, move 3 cun (about four fingers together) out from the midline onto the buttock.',
      ],
      byTouch: 'Deep in the buttock muscle; press slowly, the tissue here is thick.',
      cautions: [
        nerve(
          'The sciatic nerve lies deep under this point: build pressure slowly and stop if you feel a shooting or electric sensation.',
        ),
      ],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'GB30',
      pinyin: 'Huantiao',
      hanzi: '环跳',
      english: 'Jumping Round',
      meridian: 'Gallbladder',
      region: 'buttock',
      template: 'posterior',
    },
    {
      sites: [
        {
          kind: 'between',
          from: 'greater-trochanter',
          to: 'sacral-hiatus',
          fraction: 1 / 3,
          offsets: [],
        },
      ],
      locationFacts:
        'On the line from the prominence of the greater trochanter to the sacral hiatus, where its outer third meets its inner two thirds.',
      instructions: [
        'Find the bony point on the outside of the hip (greater trochanter) and the small hollow at the lower end of the sacrum (sacral hiatus).',
        'Picture the line between them and divide it in three. The point is one third of the way in from the hip bone.',
      ],
      byTouch: 'Deep in the side of the buttock; a broad tender area is common.',
      // The sources give this caution as unverified (docs/clinical-sources.md#points).
      cautions: [
        nerve(
          'The sciatic nerve may lie deep under this point (unverified): press gradually and stop at any shooting pain.',
          false,
        ),
      ],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'BL36',
      pinyin: 'Chengfu',
      hanzi: '承扶',
      english: 'Support',
      meridian: 'Bladder',
      region: 'thigh',
      template: 'posterior',
    },
    {
      sites: [{ kind: 'at', anchor: { landmark: 'gluteal-fold' }, offsets: [] }],
      locationFacts: 'At the midpoint of the gluteal fold.',
      instructions: [
        'Find the crease under the buttock (gluteal fold).',
        'The point is at the middle of that crease.',
      ],
      byTouch: 'At the top of the back of the thigh, in the crease.',
      cautions: [
        nerve('Nerves run deep under this point: press gradually.'),
        vessel('Large vessels run deep under this point: press gradually and not too hard.'),
      ],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'BL37',
      pinyin: 'Yinmen',
      hanzi: '殷门',
      english: 'Gate of Abundance',
      meridian: 'Bladder',
      region: 'thigh',
      template: 'posterior',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'gluteal-fold' },
          offsets: [{ cun: 6, segment: 'gluteal-fold-popliteal', toward: 'popliteal-crease' }],
        },
      ],
      locationFacts:
        '6 B-cun below the gluteal fold, between the biceps femoris and semitendinosus muscles.',
      instructions: [
        'Find the middle of the buttock crease and the middle of the crease behind the knee.',
        'The thigh between them is 14 cun long. Go 6 cun down from the buttock crease, a little less than halfway.',
        'Feel for the groove between the two hamstring muscles there.',
      ],
      byTouch: 'A soft groove between two firm muscles at the back of the thigh.',
      cautions: [nerve('Close to the sciatic nerve: press gradually.')],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'BL40',
      pinyin: 'Weizhong',
      hanzi: '委中',
      english: 'Bend Middle',
      meridian: 'Bladder',
      region: 'knee',
      template: 'posterior',
    },
    {
      sites: [{ kind: 'at', anchor: { landmark: 'popliteal-crease' }, offsets: [] }],
      locationFacts: 'At the midpoint of the popliteal crease.',
      instructions: [
        'Bend the knee slightly to see the crease at the back of the knee.',
        'The point is at the middle of that crease.',
      ],
      byTouch: 'A soft hollow at the back of the knee; you may feel a pulse.',
      cautions: [
        vessel(
          'The popliteal artery and vein lie beneath: use light pressure only, and move off if you feel a pulse.',
        ),
        {
          flag: 'varicose-veins',
          note: 'Avoid over varicose veins (a caution the sources give as unverified; we apply it anyway).',
          source: 'AcupressSafety',
          verified: false,
        },
      ],
      // CAM main point for low back pain (docs/clinical-sources.md#points).
      prescription: { role: 'main' },
      sources: ['WHO08', 'CAM'],
    },
  ),
  point(
    {
      id: 'BL39',
      pinyin: 'Weiyang',
      hanzi: '委阳',
      english: 'Bend Yang',
      meridian: 'Bladder',
      region: 'knee',
      template: 'posterior',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'biceps-femoris-tendon' },
          offsets: [],
          beside: [{ direction: 'medial', of: 'the biceps femoris tendon' }],
        },
      ],
      locationFacts:
        'On the popliteal crease, just medial to the tendon of the biceps femoris; easier to find with the knee slightly bent.',
      instructions: [
        'Bend the knee slightly. At the outer end of the crease behind the knee, feel the firm cord of a tendon (biceps femoris).',
        'The point is on the crease, just on the inner side of that tendon.',
      ],
      byTouch: 'A soft spot beside a firm tendon, at the outer end of the knee crease.',
      cautions: [
        vessel('The popliteal vessels run close by: use light pressure, and move off a pulse.'),
      ],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'BL57',
      pinyin: 'Chengshan',
      hanzi: '承山',
      english: 'Mountain Support',
      meridian: 'Bladder',
      region: 'calf',
      template: 'posterior',
    },
    {
      sites: [{ kind: 'at', anchor: { landmark: 'gastrocnemius-tendon-junction' }, offsets: [] }],
      locationFacts:
        'Where the calcaneal (Achilles) tendon meets the two bellies of the gastrocnemius muscle.',
      instructions: [
        'Stand on tiptoe, or point the foot: the calf muscle shows two bellies.',
        'Follow the Achilles tendon up from the heel to where the two bellies begin, making an upside-down V. The point is at the tip of the V.',
      ],
      byTouch: 'At the bottom of the calf muscle, where it turns into tendon.',
      cautions: [calfSwelling],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
];
