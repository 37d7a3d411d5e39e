import { p, rect, type BodyTemplate } from './template.js';
import { bodyHalfOutline } from './body-silhouette.js';

/** Anterior view of the whole body: the face and the top of the foot. */
export const anterior: BodyTemplate = {
  id: 'anterior',
  title: 'Front of the body',
  description:
    'Outline of the body seen from the front, with the face, collarbones, navel, kneecaps and feet.',
  width: 240,
  height: 604,
  frame: { kind: 'body', midX: 120, facing: 'anterior' },
  outline: bodyHalfOutline,
  landmarks: {
    'nose-base': { x: 0, y: 47, label: 'Base of the nose' },
    'upper-lip': { x: 0, y: 56, label: 'Upper border of the upper lip' },
    umbilicus: { x: 0, y: 232, label: 'Navel' },
    'pubic-symphysis': { x: 0, y: 300, label: 'Upper border of the pubic bone' },
    'metatarsal-1-2-bases': {
      x: 24,
      y: 581,
      label: 'Where the bases of the 1st and 2nd long foot bones meet',
    },
  },
  segments: {
    // docs/clinical-sources.md#b-cun: umbilicus to upper border of the pubic symphysis = 5 B-cun.
    'umbilicus-pubis': ['umbilicus', 'pubic-symphysis'],
  },
  axes: {
    lateral: p(1, 0),
    medial: p(-1, 0),
    superior: p(0, -1),
    inferior: p(0, 1),
    // seen from the front, the toes point at the viewer and are drawn lowest
    distal: p(0, 1),
    proximal: p(0, -1),
  },
  guides: [
    // eyes, nose, mouth
    { points: [p(6, 34), p(12, 33)], mirror: true },
    { points: [p(0, 36), p(2, 45), p(0, 47)] },
    { points: [p(0, 58), p(6, 59)], mirror: true },
    // collarbone
    { points: [p(6, 100), p(22, 102), p(44, 104)], mirror: true },
    // navel
    { points: [p(0, 229), p(2, 232), p(0, 235), p(-2, 232)], closed: true },
    // kneecap
    {
      points: [p(20, 438), p(28, 434), p(36, 440), p(34, 452), p(26, 456), p(19, 448)],
      mirror: true,
      closed: true,
    },
    // toes line
    { points: [p(18, 590), p(28, 593), p(38, 590)], mirror: true },
  ],
  // Generous shapes that together cover the outline; neighbours overlap along their borders.
  areas: [
    { area: 'face', shape: rect(0, 0, 26, 74) },
    { area: 'neck', shape: rect(0, 68, 18, 100) },
    { area: 'shoulder', shape: rect(10, 86, 70, 118) },
    {
      area: 'arm',
      shape: [p(46, 108), p(70, 112), p(80, 180), p(90, 240), p(98, 302), p(76, 306), p(46, 170)],
    },
    { area: 'hand', shape: rect(74, 294, 104, 356) },
    { area: 'chest', shape: rect(0, 96, 52, 212) },
    // The belly reaches down to the pubic bone and out to the hips.
    { area: 'abdomen', shape: rect(0, 204, 66, 306) },
    { area: 'thigh-anterior', shape: rect(0, 296, 66, 440) },
    { area: 'knee', shape: rect(4, 426, 54, 468) },
    { area: 'shin', shape: rect(6, 458, 52, 560) },
    { area: 'ankle', shape: rect(10, 548, 46, 584) },
    { area: 'foot', shape: rect(8, 572, 46, 604) },
  ],
  alsoShows: ['lateral-leg', 'medial-foot', 'dorsal-hand'],
};
