import type { Landmark } from './template.js';
import { p, rect, type BodyTemplate } from './template.js';
import { bodyHalfOutline } from './body-silhouette.js';

// Vertical levels of the spinous processes (lower borders). Thoracic vertebrae are drawn
// shorter than lumbar ones, as they are. Drawing proportions, not clinical facts.
const C7_Y = 96;
const THORACIC_STEP = 7.2;
const LUMBAR_STEP = 13.4;

const spinousLandmarks: Record<string, Landmark> = {};
for (let n = 1; n <= 12; n++) {
  spinousLandmarks[`T${n}`] = {
    x: 0,
    y: C7_Y + 4 + THORACIC_STEP * n,
    label: `Lower border of T${n} spinous process`,
  };
}
const T12_Y = C7_Y + 4 + THORACIC_STEP * 12;
for (let n = 1; n <= 5; n++) {
  spinousLandmarks[`L${n}`] = {
    x: 0,
    y: T12_Y + LUMBAR_STEP * n,
    label: `Lower border of L${n} spinous process`,
  };
}
const L4_Y = T12_Y + LUMBAR_STEP * 4;
// The low back starts below the level of T12: BL21 (at T12) is an upper-back point and BL22 (at
// L1) a lumbosacral one (docs/clinical-sources.md#points), so the border runs between them.
const LUMBAR_TOP = T12_Y + LUMBAR_STEP / 2;
// The sacrum's lowest foramina lie level with the sacral hiatus (WHO08: BL34 in the 4th foramen,
// level with the hiatus; docs/clinical-sources.md#points).
const FORAMEN_4_Y = 295;

/** Posterior view of the whole body: the lumbar, sacral, buttock and leg points. */
export const posterior: BodyTemplate = {
  id: 'posterior',
  title: 'Back of the body',
  description:
    'Outline of the body seen from behind, with the spine, shoulder blades, hip bones, buttock folds and knee creases.',
  width: 240,
  height: 604,
  frame: { kind: 'body', midX: 120, facing: 'posterior' },
  outline: bodyHalfOutline,
  landmarks: {
    C7: { x: 0, y: C7_Y, label: 'C7 spinous process (the prominent bone at the base of the neck)' },
    ...spinousLandmarks,
    acromion: { x: 56, y: 106, label: 'Lateral end of the acromion (tip of the shoulder)' },
    'scapula-medial-border': { x: 24, y: 128, label: 'Medial border of the shoulder blade' },
    // CAM (docs/clinical-sources.md#b-cun): the inferior angle of the scapula is level with about T7.
    'scapula-inferior-angle': {
      x: 30,
      y: spinousLandmarks.T7!.y,
      label: 'Lower tip of the shoulder blade (about level with T7)',
    },
    // CAM (docs/clinical-sources.md#b-cun): the top of the iliac crests is level with about L4.
    'iliac-crest': {
      x: 40,
      y: L4_Y,
      label: 'Top of the hip bone (iliac crest, about level with L4)',
    },
    'sacral-foramen-1': { x: 7, y: 263, label: '1st posterior sacral foramen' },
    'sacral-foramen-2': { x: 7, y: 274, label: '2nd posterior sacral foramen' },
    'sacral-foramen-3': { x: 6.5, y: 285, label: '3rd posterior sacral foramen' },
    'sacral-foramen-4': { x: 6, y: FORAMEN_4_Y, label: '4th posterior sacral foramen' },
    'sacral-crest-1': {
      x: 0,
      y: 263,
      label: 'Median sacral crest, level with the 1st sacral foramen',
    },
    'sacral-crest-2': {
      x: 0,
      y: 274,
      label: 'Median sacral crest, level with the 2nd sacral foramen',
    },
    'sacral-crest-3': {
      x: 0,
      y: 285,
      label: 'Median sacral crest, level with the 3rd sacral foramen',
    },
    'sacral-crest-4': {
      x: 0,
      y: FORAMEN_4_Y,
      label: 'Median sacral crest, level with the 4th sacral foramen',
    },
    'sacral-hiatus': {
      x: 0,
      y: FORAMEN_4_Y,
      label: 'Sacral hiatus (the opening at the lower end of the sacrum, above the tailbone)',
    },
    'greater-trochanter': {
      x: 56,
      y: 292,
      label: 'Prominence of the greater trochanter (outer hip)',
    },
    'gluteal-fold': { x: 30, y: 340, label: 'Middle of the gluteal fold (buttock crease)' },
    'popliteal-crease': {
      x: 27,
      y: 452,
      label: 'Middle of the popliteal crease (back of the knee)',
    },
    'biceps-femoris-tendon': {
      x: 37,
      y: 451.5,
      label: 'Biceps femoris tendon, at the outer end of the popliteal crease',
    },
    'gastrocnemius-tendon-junction': {
      x: 27,
      y: 515,
      label: 'Where the calf muscle bellies meet the Achilles tendon',
    },
    'lateral-malleolus': { x: 38, y: 566, label: 'Outer ankle bone (lateral malleolus)' },
  },
  segments: {
    // docs/clinical-sources.md#b-cun: between the medial borders of the scapulae = 6 B-cun.
    'scapulae-medial-borders': ['scapula-medial-border@right', 'scapula-medial-border'],
    // docs/clinical-sources.md#b-cun: gluteal fold to popliteal crease = 14 B-cun.
    'gluteal-fold-popliteal': ['gluteal-fold', 'popliteal-crease'],
    // docs/clinical-sources.md#b-cun: greater-trochanter prominence to popliteal crease = 19 B-cun.
    'trochanter-popliteal': ['greater-trochanter', 'popliteal-crease'],
    // docs/clinical-sources.md#b-cun: popliteal crease to lateral-malleolus prominence = 16 B-cun.
    'popliteal-lateral-malleolus': ['popliteal-crease', 'lateral-malleolus'],
  },
  axes: {
    lateral: p(1, 0),
    medial: p(-1, 0),
    superior: p(0, -1),
    inferior: p(0, 1),
    proximal: p(0, -1),
    distal: p(0, 1),
  },
  guides: [
    // spine, from C7 to the sacral hiatus
    { points: [p(0, C7_Y), p(0, FORAMEN_4_Y)] },
    // shoulder blade
    {
      points: [p(22, 112), p(24, 128), p(28, 146), p(30, 150), p(40, 136), p(50, 116), p(36, 110)],
      mirror: true,
      closed: true,
    },
    // iliac crest
    { points: [p(12, 252), p(24, 244), p(40, 240), p(47, 248)], mirror: true },
    // sacrum
    { points: [p(14, 256), p(12, 282), p(5, 300), p(0, 310)], mirror: true },
    // gluteal fold
    { points: [p(6, 340), p(18, 343), p(30, 342), p(44, 339), p(54, 334)], mirror: true },
    // popliteal crease
    { points: [p(16, 452), p(27, 453), p(38, 451)], mirror: true },
  ],
  // Generous shapes that together cover the outline; neighbours overlap along their borders.
  areas: [
    { area: 'head', shape: rect(0, 0, 26, 74) },
    { area: 'neck', shape: rect(0, 68, 18, 100) },
    { area: 'shoulder', shape: rect(10, 86, 70, 118) },
    {
      area: 'arm',
      shape: [p(46, 108), p(70, 112), p(80, 180), p(90, 240), p(98, 302), p(76, 306), p(46, 170)],
    },
    { area: 'hand', shape: rect(74, 294, 104, 356) },
    { area: 'thoracic', shape: rect(0, 96, 52, LUMBAR_TOP) },
    { area: 'lumbar', shape: rect(0, LUMBAR_TOP, 54, 256) },
    { area: 'sacral', shape: rect(0, 252, 15, 314) },
    // Below the sacrum the buttocks meet at the midline.
    {
      area: 'buttock',
      shape: [p(13, 246), p(68, 246), p(68, 346), p(0, 346), p(0, 312), p(13, 312)],
    },
    { area: 'thigh-posterior', shape: rect(0, 334, 46, 448) },
    { area: 'thigh-lateral', shape: rect(42, 320, 66, 448) },
    { area: 'knee', shape: rect(4, 434, 52, 474) },
    { area: 'calf', shape: rect(6, 462, 52, 560) },
    { area: 'ankle', shape: rect(10, 546, 46, 604) },
  ],
  alsoShows: ['lateral-leg', 'medial-foot', 'dorsal-hand'],
  // docs/clinical-sources.md#b-cun: popliteal crease to lateral-malleolus prominence = 16 B-cun.
  lowerLegAxis: { ankle: 'lateral-malleolus', knee: 'popliteal-crease', cun: 16 },
};
