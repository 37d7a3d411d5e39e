import { p, rect, type BodyTemplate } from './template.js';

/**
 * The right leg seen from the outside: front of the leg to the right of the drawing, toes
 * pointing right. Proportions only; clinical positions come from landmarks and B-cun.
 */
export const lateralLeg: BodyTemplate = {
  id: 'lateral-leg',
  title: 'Outer side of the leg',
  description:
    'The right leg seen from the outside, from the hip to the toes, with the knee, fibula head and outer ankle bone.',
  width: 200,
  height: 460,
  frame: { kind: 'limb', drawnSide: 'right' },
  outline: [
    // front of the thigh, knee, shin
    p(70, 8),
    p(112, 10),
    p(122, 60),
    p(124, 120),
    p(120, 170),
    p(122, 200),
    p(119, 222),
    p(116, 260),
    p(113, 310),
    p(110, 360),
    p(110, 384),
    // top of the foot to the toes
    p(126, 400),
    p(150, 410),
    p(174, 418),
    p(190, 426),
    p(194, 436),
    p(186, 442),
    // sole and heel
    p(150, 444),
    p(110, 444),
    p(80, 442),
    p(66, 434),
    p(64, 418),
    p(70, 404),
    // Achilles tendon, calf, back of the knee and thigh
    p(74, 380),
    p(70, 340),
    p(60, 300),
    p(54, 262),
    p(56, 230),
    p(62, 206),
    p(62, 180),
    p(56, 120),
    p(52, 60),
    p(56, 24),
  ],
  landmarks: {
    'greater-trochanter': {
      x: 92,
      y: 30,
      label: 'Prominence of the greater trochanter (outer hip)',
    },
    'popliteal-crease': {
      x: 66,
      y: 206,
      label: 'Outer end of the popliteal crease (back of the knee)',
    },
    'patellar-ligament': {
      x: 118,
      y: 218,
      label:
        'Patellar ligament, the band from the lower tip of the kneecap down the front of the knee',
    },
    'knee-lateral-midline': {
      x: 92,
      y: 206,
      label: 'Outer midline of the leg, level with the popliteal crease',
    },
    'ankle-front': {
      x: 116,
      y: 397,
      label: 'Front of the ankle joint, on the line joining the two ankle-bone prominences',
    },
    'fibular-head': { x: 80, y: 224, label: 'Head of the fibula (bony knob below the outer knee)' },
    'lateral-malleolus': {
      x: 90,
      y: 398,
      label: 'Prominence of the outer ankle bone (lateral malleolus)',
    },
    'lateral-malleolus-lower': { x: 90, y: 409, label: 'Lower border of the outer ankle bone' },
    calcaneus: { x: 90, y: 426, label: 'Heel bone (calcaneus) below the outer ankle' },
    'calcaneal-tendon': { x: 74, y: 396, label: 'Achilles (calcaneal) tendon' },
    fibula: { x: 86, y: 360, label: 'Shaft of the fibula' },
    'little-toe-nail-corner': { x: 186, y: 433, label: 'Outer corner of the little toenail' },
  },
  segments: {
    // docs/clinical-sources.md#b-cun: popliteal crease to lateral-malleolus prominence = 16 B-cun.
    'popliteal-lateral-malleolus': ['popliteal-crease', 'lateral-malleolus'],
    // docs/clinical-sources.md#b-cun: greater-trochanter prominence to popliteal crease = 19 B-cun.
    'trochanter-popliteal': ['greater-trochanter', 'popliteal-crease'],
  },
  axes: {
    anterior: p(1, 0),
    posterior: p(-1, 0),
    superior: p(0, -1),
    inferior: p(0, 1),
    proximal: p(0, -1),
    distal: p(0, 1),
  },
  guides: [
    // fibula, from its head to the outer ankle
    { points: [p(80, 224), p(84, 300), p(88, 370), p(90, 398)] },
    // outer ankle bone
    { points: [p(84, 398), p(90, 391), p(96, 398), p(90, 406)], closed: true },
    // kneecap
    { points: [p(118, 180), p(124, 196), p(120, 212)] },
    // popliteal crease
    { points: [p(62, 204), p(72, 208)] },
    // little toenail
    { points: [p(180, 428), p(188, 430), p(187, 436)] },
  ],
  // The lower leg is split along the fibula: the calf behind it, the shin in front.
  areas: [
    { area: 'thigh-lateral', shape: rect(44, 0, 130, 200) },
    { area: 'knee', shape: rect(44, 184, 130, 242) },
    {
      area: 'calf',
      shape: [p(44, 220), p(82, 220), p(85, 300), p(89, 374), p(92, 392), p(60, 392)],
    },
    {
      area: 'shin',
      shape: [p(78, 222), p(130, 224), p(126, 300), p(120, 392), p(88, 392), p(82, 300)],
    },
    { area: 'ankle', shape: rect(58, 376, 128, 428) },
    {
      area: 'foot',
      shape: [p(98, 386), p(200, 414), p(200, 450), p(56, 450), p(56, 418), p(84, 408)],
    },
  ],
  alsoShows: ['posterior', 'anterior'],
  // docs/clinical-sources.md#b-cun: popliteal crease to lateral-malleolus prominence = 16 B-cun.
  lowerLegAxis: { ankle: 'lateral-malleolus', knee: 'popliteal-crease', cun: 16 },
};
