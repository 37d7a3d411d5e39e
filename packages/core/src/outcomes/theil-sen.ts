import { normalQuantile } from './normal-quantile.js';

// The Theil–Sen slope (Theil 1950, Sen 1968): the median of the slopes between every two points
// with different x, and Sen's interval for it, following scipy.stats.theilslopes exactly (its
// default method 'separate'): σ² = [n(n−1)(2n+5) − Σ t(t−1)(2t+5) over groups of tied x and of
// tied y] / 18 (Sen 1968, eq. 2.6); with N slopes sorted and z the (1 − confidence)/2 normal
// quantile (negative), the interval is slopes[Rl] to slopes[Ru], Ru = min(round((N − zσ)/2),
// N − 1), Rl = max(round((N + zσ)/2) − 1, 0), rounding halves to even as numpy does. The
// intercept is median(y) − slope · median(x).

export interface TheilSen {
  slope: number;
  intercept: number;
  low: number;
  high: number;
  confidence: number;
}

const roundHalfEven = (v: number): number => {
  const f = Math.floor(v);
  const d = v - f;
  return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Σ t(t−1)(2t+5) over the groups of equal values. */
const tieTerm = (xs: readonly number[]): number => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let sum = 0;
  for (const t of counts.values()) sum += t * (t - 1) * (2 * t + 5);
  return sum;
};

/** Undefined unless x and y have the same length and at least two different x. */
export function theilSen(
  x: readonly number[],
  y: readonly number[],
  confidence = 0.95,
): TheilSen | undefined {
  const n = y.length;
  if (x.length !== n) return undefined;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const dx = x[i]! - x[j]!;
      if (dx > 0) slopes.push((y[i]! - y[j]!) / dx);
    }
  if (slopes.length === 0) return undefined;
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const intercept = median(y) - slope * median(x);
  const alpha = confidence > 0.5 ? 1 - confidence : confidence;
  const z = normalQuantile(alpha / 2);
  const sigma = Math.sqrt((n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)) / 18);
  const count = slopes.length;
  const ru = Math.min(roundHalfEven((count - z * sigma) / 2), count - 1);
  const rl = Math.max(roundHalfEven((count + z * sigma) / 2) - 1, 0);
  return { slope, intercept, low: slopes[rl]!, high: slopes[ru]!, confidence };
}
