import type { Acupoint } from '../types.js';
import { bilateralPoint as point } from './bilateral-point.js';
import { calfSwelling, PREGNANCY_CAM } from './cautions.js';

// The outer side of the thigh, the lower leg, ankle and foot (lateral-leg view).
// Location facts: WHO08 (docs/clinical-sources.md#points), unless a note says otherwise.
export const lowerLegPoints: Acupoint[] = [
  point(
    {
      id: 'GB31',
      pinyin: 'Fengshi',
      hanzi: '风市',
      english: 'Wind Market',
      meridian: 'Gallbladder',
      region: 'thigh',
      template: 'lateral-leg',
    },
    {
      // WHO08 finds it where the middle fingertip rests; the drawing uses CAM's measure, 7 B-cun
      // above the popliteal crease on the outer midline, then the step behind the band.
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'knee-lateral-midline' },
          offsets: [{ cun: 7, segment: 'trochanter-popliteal', toward: 'greater-trochanter' }],
          beside: [{ direction: 'posterior', of: 'the iliotibial band' }],
        },
      ],
      locationFacts:
        'On the outer thigh, in the hollow just behind the iliotibial band, where the tip of the middle finger rests when standing with the arms hanging at the sides. CAM puts it 7 B-cun above the popliteal crease on the outer midline of the thigh.',
      instructions: [
        'Stand straight with your arms hanging loosely at your sides, palms against the thighs.',
        'Where the tip of your middle finger touches the outer thigh, feel for the firm band running down the side of the thigh (iliotibial band).',
        'The point is in the soft hollow just behind that band.',
      ],
      byTouch: 'A soft hollow just behind a firm band on the outer thigh.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08', 'CAM'],
    },
  ),
  point(
    {
      id: 'BL58',
      pinyin: 'Feiyang',
      hanzi: '飞扬',
      english: 'Taking Flight',
      meridian: 'Bladder',
      region: 'calf',
      template: 'lateral-leg',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { point: 'BL60' },
          offsets: [{ cun: 7, segment: 'popliteal-lateral-malleolus', toward: 'popliteal-crease' }],
          beside: [{ direction: 'posterior', of: 'lateral head of the gastrocnemius' }],
        },
      ],
      locationFacts:
        '7 B-cun above BL60, between the outer head of the gastrocnemius and the calcaneal tendon.',
      instructions: [
        'Find BL60 in the hollow between the outer ankle bone and the Achilles tendon.',
        'The lower leg from the knee crease to the ankle bone is 16 cun. Go 7 cun up from BL60, a little under halfway to the knee.',
        'Feel for the edge of the calf muscle on the outer back of the leg.',
      ],
      byTouch: 'On the outer back of the calf, at the lower edge of the muscle.',
      cautions: [calfSwelling],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'BL60',
      pinyin: 'Kunlun',
      hanzi: '昆仑',
      english: 'Kunlun Mountains',
      meridian: 'Bladder',
      region: 'ankle',
      template: 'lateral-leg',
    },
    {
      sites: [
        {
          kind: 'between',
          from: 'lateral-malleolus',
          to: 'calcaneal-tendon',
          fraction: 0.5,
          offsets: [],
        },
      ],
      locationFacts:
        'In the hollow between the prominence of the lateral malleolus and the calcaneal tendon.',
      instructions: [
        'Find the outer ankle bone and the Achilles tendon behind it.',
        'The point is in the hollow halfway between them.',
      ],
      byTouch: 'A soft hollow behind the outer ankle bone.',
      cautions: [PREGNANCY_CAM],
      prescription: { role: 'related' },
      sources: ['WHO08', 'CAM'],
    },
  ),
  point(
    {
      id: 'BL62',
      pinyin: 'Shenmai',
      hanzi: '申脉',
      english: 'Extending Vessel',
      meridian: 'Bladder',
      region: 'foot',
      template: 'lateral-leg',
    },
    {
      sites: [
        {
          kind: 'between',
          from: 'lateral-malleolus-lower',
          to: 'calcaneus',
          fraction: 0.5,
          offsets: [],
        },
      ],
      locationFacts:
        'Directly below the prominence of the lateral malleolus, between its lower border and the calcaneus.',
      instructions: [
        'Find the outer ankle bone.',
        'Slide straight down off its lower edge into the hollow above the heel bone.',
      ],
      byTouch: 'A small hollow just under the outer ankle bone.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'BL67',
      pinyin: 'Zhiyin',
      hanzi: '至阴',
      english: 'Reaching Yin',
      meridian: 'Bladder',
      region: 'foot',
      template: 'lateral-leg',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'little-toe-nail-corner' },
          offsets: [],
          beside: [
            { direction: 'posterior', of: 'the corner of the nail' },
            { direction: 'inferior', of: 'the corner of the nail' },
          ],
        },
      ],
      locationFacts:
        'On the outer side of the last bone of the little toe, 0.1 F-cun from the outer corner of the nail.',
      instructions: [
        'Find the outer corner of the little toenail.',
        'The point is a hair’s breadth behind and outside that corner, on the side of the toe.',
      ],
      byTouch: 'A tiny spot beside the nail: press with a fingernail edge or a blunt tip.',
      cautions: [PREGNANCY_CAM],
      prescription: { role: 'related' },
      sources: ['WHO08', 'CAM'],
    },
  ),
  point(
    {
      id: 'GB34',
      pinyin: 'Yanglingquan',
      hanzi: '阳陵泉',
      english: 'Yang Mound Spring',
      meridian: 'Gallbladder',
      region: 'leg',
      template: 'lateral-leg',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'fibular-head' },
          offsets: [],
          beside: [
            { direction: 'anterior', of: 'the head of the fibula' },
            { direction: 'inferior', of: 'the head of the fibula' },
          ],
        },
      ],
      locationFacts: 'In the hollow in front of and below the head of the fibula.',
      instructions: [
        'Sit with the knee bent. On the outer side of the leg, just below the knee, find the round bony knob: the head of the fibula.',
        'Slide your finger forward and down off the knob into the hollow there.',
      ],
      byTouch: 'A hollow just in front of and below the bony knob below the outer knee.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'GB39',
      pinyin: 'Xuanzhong',
      hanzi: '悬钟',
      english: 'Suspended Bell',
      meridian: 'Gallbladder',
      region: 'leg',
      template: 'lateral-leg',
    },
    {
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'lateral-malleolus' },
          offsets: [{ cun: 3, segment: 'popliteal-lateral-malleolus', direction: 'superior' }],
          beside: [{ direction: 'anterior', of: 'the fibula' }],
        },
      ],
      locationFacts:
        'In front of the fibula, 3 B-cun above the prominence of the lateral malleolus.',
      instructions: [
        'Find the outer ankle bone.',
        'Go 3 cun straight up (about four fingers held together).',
        'Feel for the front edge of the thin outer leg bone (fibula); the point is just in front of it.',
      ],
      byTouch: 'Just in front of the thin bone on the outside of the lower leg.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
];
