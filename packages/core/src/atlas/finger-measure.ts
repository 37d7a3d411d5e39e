// Finger measures (CAM, docs/clinical-sources.md#b-cun): a thumb width at the interphalangeal joint is about
// 1 cun; four fingers together at the middle finger's PIP crease about 3 cun. A study of 50
// adults found they match proportional measurement poorly, so every hint says "about" and the UI
// prefers landmarks and the person's own measurements.

export const FINGER_MEASURE_CAVEAT =
  'Finger measures are a rough guide: in a study of 50 adults they did not match proportional measurement well. Prefer the landmarks, or measure yourself once.';

const thumbs = (n: number): string => {
  if (n === 0.5) return 'half a thumb width';
  if (n === 1) return 'one thumb width';
  if (n === 1.5) return 'one and a half thumb widths';
  return `${n} thumb widths`;
};

/** A finger-measure hint for a distance in cun, using the person's own fingers. */
export function fingerMeasureHint(cun: number): string {
  if (cun <= 0) return 'right at the landmark';
  if (cun === 3) return 'about four fingers held together (across the middle knuckles)';
  if (cun > 3 && cun % 3 === 0) return `about ${cun / 3} times four fingers held together`;
  if (cun > 3) {
    const rest = cun - 3 * Math.floor(cun / 3);
    const groups = Math.floor(cun / 3);
    return `about ${groups === 1 ? 'four fingers held together' : `${groups} times four fingers held together`} plus ${thumbs(rest)}`;
  }
  return `about ${thumbs(cun)}`;
}
