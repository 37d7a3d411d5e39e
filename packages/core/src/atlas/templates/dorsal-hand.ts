import { p, rect, type BodyTemplate } from './template.js';

/**
 * The back of the left hand, fingers up: the thumb (radial side) is on the right of the
 * drawing, the little finger (ulnar side) on the left. Proportions only.
 */
export const dorsalHand: BodyTemplate = {
  id: 'dorsal-hand',
  title: 'Back of the hand',
  description:
    'The back of the left hand with the fingers up, the thumb on the right, showing the knuckles, the long hand bones and the wrist crease.',
  width: 220,
  height: 320,
  frame: { kind: 'limb', drawnSide: 'left' },
  outline: [
    // wrist, ulnar edge, little finger
    p(72, 312),
    p(64, 250),
    p(58, 200),
    p(60, 165),
    p(58, 140),
    p(60, 100),
    p(64, 80),
    p(71, 72),
    p(79, 76),
    p(83, 100),
    p(84, 136),
    // ring finger
    p(86, 110),
    p(87, 60),
    p(93, 46),
    p(100, 48),
    p(104, 70),
    p(105, 134),
    // middle finger
    p(106, 60),
    p(108, 30),
    p(114, 22),
    p(121, 26),
    p(124, 50),
    p(125, 136),
    // index finger
    p(126, 70),
    p(130, 48),
    p(137, 46),
    p(142, 60),
    p(144, 110),
    p(146, 150),
    // thumb web and thumb
    p(150, 178),
    p(166, 160),
    p(182, 140),
    p(194, 128),
    p(204, 132),
    p(206, 145),
    p(196, 168),
    p(180, 200),
    p(164, 232),
    p(154, 264),
    p(148, 312),
  ],
  landmarks: {
    'mc2-base': {
      x: 130,
      y: 242,
      label: 'Base of the 2nd metacarpal (index finger bone, at the wrist end)',
    },
    'mc2-head': { x: 133, y: 152, label: 'Head of the 2nd metacarpal (index knuckle)' },
    'mcp5-ulnar': { x: 66, y: 158, label: 'Outer (ulnar) side of the little-finger knuckle' },
    'wrist-crease-2-3': {
      x: 119,
      y: 268,
      label: 'Wrist crease, in line with the gap between the 2nd and 3rd metacarpals',
    },
    'mcp-2-3': { x: 124, y: 152, label: 'Between the index and middle knuckles' },
    'wrist-crease-4-5': {
      x: 88,
      y: 268,
      label: 'Wrist crease, in line with the gap between the 4th and 5th metacarpals',
    },
    'mcp-4-5': { x: 85, y: 156, label: 'Between the ring and little-finger knuckles' },
    'wrist-crease': { x: 108, y: 268, label: 'Middle of the wrist crease' },
    // CAM finger measure (docs/clinical-sources.md#b-cun): the middle finger's two
    // interphalangeal creases are about 1 cun apart.
    'middle-finger-dip-crease': { x: 116, y: 56, label: 'Top crease of the middle finger' },
    'middle-finger-pip-crease': { x: 116, y: 92, label: 'Middle crease of the middle finger' },
  },
  segments: {},
  axes: {
    radial: p(1, 0),
    ulnar: p(-1, 0),
    proximal: p(0, 1),
    distal: p(0, -1),
    superior: p(0, -1),
    inferior: p(0, 1),
  },
  guides: [
    // knuckles
    { points: [p(66, 160), p(85, 156), p(105, 150), p(124, 150), p(140, 154)] },
    // metacarpals
    { points: [p(133, 152), p(130, 242)] },
    { points: [p(114, 150), p(112, 246)] },
    { points: [p(96, 152), p(98, 248)] },
    { points: [p(76, 158), p(84, 250)] },
    // wrist crease
    { points: [p(70, 268), p(108, 270), p(150, 268)] },
  ],
  areas: [{ area: 'hand', shape: rect(0, 0, 220, 320) }],
  alsoShows: ['posterior', 'anterior'],
  fingerCun: ['middle-finger-dip-crease', 'middle-finger-pip-crease'],
};
