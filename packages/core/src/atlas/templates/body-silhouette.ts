import { p } from './template.js';

/**
 * Left half of an adult silhouette in body coordinates (x from the median line, y down), arms a
 * little away from the trunk as in anatomy charts. Shared by the posterior and anterior views.
 * Proportions only; no clinical fact depends on these numbers.
 */
export const bodyHalfOutline = [
  // head and neck
  p(0, 6),
  p(10, 8),
  p(18, 16),
  p(22, 30),
  p(21, 46),
  p(18, 60),
  p(13, 72),
  p(12, 84),
  // trapezius to the shoulder
  p(20, 92),
  p(38, 99),
  p(54, 104),
  p(62, 110),
  p(68, 124),
  // outer arm, elbow, forearm, wrist, hand
  p(72, 150),
  p(76, 180),
  p(80, 210),
  p(84, 232),
  p(89, 262),
  p(93, 288),
  p(95, 300),
  p(99, 316),
  p(100, 334),
  p(96, 348),
  p(89, 350),
  p(84, 338),
  p(81, 318),
  // inner forearm and arm up to the armpit
  p(80, 302),
  p(75, 275),
  p(69, 248),
  p(63, 224),
  p(56, 196),
  p(52, 172),
  p(49, 152),
  // side of the trunk, waist, hip
  p(47, 162),
  p(45, 185),
  p(43, 210),
  p(42, 228),
  p(45, 248),
  p(53, 268),
  p(60, 288),
  p(63, 305),
  p(62, 325),
  // outer thigh, knee, calf, ankle, heel
  p(58, 352),
  p(54, 392),
  p(50, 430),
  p(46, 455),
  p(47, 482),
  p(46, 510),
  p(42, 540),
  p(38, 565),
  p(41, 580),
  p(39, 592),
  p(28, 596),
  p(18, 592),
  // inner ankle, calf, knee, thigh up to the crotch
  p(16, 580),
  p(18, 562),
  p(14, 532),
  p(12, 500),
  p(14, 470),
  p(10, 450),
  p(8, 400),
  p(4, 362),
  p(0, 348),
];
