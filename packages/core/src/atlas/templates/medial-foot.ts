import { p, rect, type BodyTemplate } from './template.js';

/**
 * The right lower leg and foot seen from the inside: toes pointing left, heel on the right.
 * Proportions only; clinical positions come from landmarks and B-cun.
 */
export const medialFoot: BodyTemplate = {
  id: 'medial-foot',
  title: 'Inner side of the lower leg and foot',
  description:
    'The right lower leg and foot seen from the inside, with the shin bone, inner ankle bone and Achilles tendon.',
  width: 200,
  height: 420,
  frame: { kind: 'limb', drawnSide: 'right' },
  outline: [
    // knee, back of the calf, Achilles tendon, heel
    p(94, 12),
    p(146, 12),
    p(158, 60),
    p(164, 120),
    p(160, 190),
    p(150, 258),
    p(146, 306),
    p(152, 346),
    p(158, 376),
    p(152, 396),
    // sole, toes
    p(120, 404),
    p(70, 404),
    p(24, 402),
    p(8, 394),
    p(10, 382),
    // top of the foot, front of the ankle, shin
    p(40, 372),
    p(78, 352),
    p(98, 322),
    p(100, 240),
    p(96, 140),
    p(92, 60),
  ],
  landmarks: {
    'medial-tibial-condyle': {
      x: 104,
      y: 40,
      label: 'Lower border of the inner knob of the shin bone (medial tibial condyle)',
    },
    'medial-malleolus': {
      x: 114,
      y: 330,
      label: 'Prominence of the inner ankle bone (medial malleolus)',
    },
    'calcaneal-tendon': { x: 142, y: 326, label: 'Achilles (calcaneal) tendon' },
    'tibia-medial-border': { x: 106, y: 250, label: 'Inner (medial) border of the shin bone' },
    sole: { x: 114, y: 404, label: 'Sole of the foot, below the inner ankle bone' },
  },
  segments: {
    // docs/clinical-sources.md#b-cun: lower border of medial tibial condyle to medial-malleolus prominence = 13 B-cun.
    'medial-condyle-medial-malleolus': ['medial-tibial-condyle', 'medial-malleolus'],
  },
  axes: {
    anterior: p(-1, 0),
    posterior: p(1, 0),
    superior: p(0, -1),
    inferior: p(0, 1),
    proximal: p(0, -1),
    distal: p(0, 1),
  },
  guides: [
    // medial border of the tibia
    { points: [p(104, 40), p(104, 150), p(108, 260), p(112, 318)] },
    // inner ankle bone
    { points: [p(107, 330), p(114, 322), p(121, 330), p(114, 338)], closed: true },
    // Achilles tendon
    { points: [p(140, 260), p(142, 326), p(148, 350)] },
  ],
  // The lower leg is split along the inner border of the shin bone: the shin in front of it, the
  // calf behind it.
  areas: [
    { area: 'knee', shape: rect(84, 0, 170, 56) },
    {
      area: 'shin',
      shape: [p(84, 40), p(104, 40), p(104, 150), p(108, 260), p(112, 318), p(84, 340)],
    },
    {
      area: 'calf',
      shape: [p(104, 40), p(170, 40), p(170, 330), p(112, 318), p(108, 260), p(104, 150)],
    },
    { area: 'ankle', shape: rect(80, 300, 170, 366) },
    {
      area: 'foot',
      shape: [p(0, 366), p(70, 346), p(104, 326), p(170, 360), p(170, 410), p(0, 410)],
    },
  ],
  alsoShows: ['posterior', 'anterior'],
  // docs/clinical-sources.md#b-cun: lower border of the medial tibial condyle to the
  // medial-malleolus prominence = 13 B-cun.
  lowerLegAxis: { ankle: 'medial-malleolus', knee: 'medial-tibial-condyle', cun: 13 },
};
