import { ratio, rulesMet } from '../outcomes/exact-change.js';

// Has pain changed meaningfully? The minimal important change of Ostelo 2008 (docs/clinical-
// sources.md, "Meaningful change"): 2 points on the 0–10 scale, or 30% of the baseline. The
// thresholds are tested on the EXACT mean, by the one rule the outcomes use too (`rulesMet`,
// integer arithmetic on the mean as sum / count of whole ratings). Rounding happens only in
// `changeForDisplay`, and always towards "no change", so a shown number never crosses a threshold
// the exact one did not.

export type ChangeDirection = 'lower' | 'higher' | 'same';

export interface PainChange {
  direction: ChangeDirection;
  /** The exact change in points (positive: lower than the baseline). */
  points: number;
  /** At least MIC_POINTS (2) in that direction, exactly. */
  byPoints: boolean;
  /** At least MIC_FRACTION (30%) of the baseline in that direction, exactly (never for baseline 0). */
  byPercent: boolean;
  meaningful: boolean;
}

/** The exact change from `baseline` to the mean of `ratings` (whole 0–10 ratings, at least one). */
export function painChange(baseline: number, ratings: readonly number[]): PainChange {
  const n = ratings.length;
  const sum = ratings.reduce((t, r) => t + r, 0);
  // The change times n: an integer for whole ratings and a whole baseline.
  const scaled = baseline * n - sum;
  const direction: ChangeDirection = scaled > 0 ? 'lower' : scaled < 0 ? 'higher' : 'same';
  const met =
    n > 0 && direction !== 'same'
      ? rulesMet(ratio(baseline), ratio(sum, n), direction === 'lower' ? 'down' : 'up')
      : [];
  const byPoints = met.includes('2-points');
  const byPercent = met.includes('30-percent');
  return {
    direction,
    points: n > 0 ? scaled / n : 0,
    byPoints,
    byPercent,
    meaningful: byPoints || byPercent,
  };
}

/** A number as text with at most two decimals and no trailing zeros (2.5, 0.85, 3). */
export const decimals = (x: number): string => String(Number(x.toFixed(2)));

export interface ChangeForDisplay {
  /** The size of the change, cut (never rounded up) to two decimals. */
  points: number;
  /** Its share of the baseline, cut to a whole percentage; undefined for a baseline of 0. */
  percent?: number;
  /** The recent level that goes with the shown change: baseline ∓ points. */
  recent: number;
}

/**
 * The change as the person reads it. Cut towards zero (2.99 → 2.99, 1.999 → 1.99, 29.9% → 29%),
 * so "2 points" or "30%" shows only when the exact change reached it; the recent level shown is
 * the baseline minus the shown change, so the sentence's own arithmetic holds.
 */
export function changeForDisplay(baseline: number, change: PainChange): ChangeForDisplay {
  const size = Math.abs(change.points);
  // A tiny epsilon absorbs binary noise (0.3·10 = 2.9999…), never a real hundredth.
  const points = Math.floor(size * 100 + 1e-9) / 100;
  const percent = baseline > 0 ? Math.floor((size * 100) / baseline + 1e-9) : undefined;
  const sign = change.direction === 'higher' ? 1 : -1;
  return {
    points,
    ...(percent === undefined ? {} : { percent }),
    recent: Math.round((baseline + sign * points) * 100) / 100,
  };
}
