import { normalCdf, normalQuantile } from './normal-quantile.js';
import { signedRankCdf } from './signed-rank.js';

// The one-sample Hodges–Lehmann estimate (Hodges & Lehmann 1963): the median of the n(n+1)/2
// Walsh averages (x_i + x_j)/2, i ≤ j. Its interval inverts the Wilcoxon signed-rank test: the
// k-th smallest to the k-th largest Walsh average, k the largest whole number with
// P(T+ ≤ k − 1) ≤ (1 − confidence)/2 (Hollander & Wolfe, Nonparametric Statistical Methods, §3.3).
// - n ≤ 50: T+'s exact distribution (as R's wilcox.test and scipy's method='auto' do up to 50).
// - n > 50: the normal approximation with a continuity correction, k = ⌊N/2 + ½ − z·σ⌋,
//   σ² = n(n+1)(2n+1)/24; the achieved confidence reported is that approximation's.
// Ties and zeros are kept: a session with no change is evidence of no change, and dropping it
// would pull the estimate away from zero. The distribution used is the tie-free one; with tied
// values (pain is rated in whole numbers, so ties are the rule) the closed interval covers the
// true shift at least as often as stated, provided the changes are symmetric about it.
// Values are grouped by distinct value, so the cost grows with the distinct values (at most 21
// for changes on the 0–10 scale), not with n²: two years of sessions cost what four weeks do.

export const EXACT_MAX_N = 50;

export interface ShiftInterval {
  low: number;
  high: number;
  /** The confidence asked for, e.g. 0.95. */
  confidence: number;
  /** What the discrete distribution allows: at least `confidence`. */
  achievedConfidence: number;
  /** The interval runs from the k-th smallest to the k-th largest Walsh average. */
  k: number;
}

export interface HodgesLehmann {
  n: number;
  estimate: number;
  method: 'exact' | 'normal';
  /** Absent when no interval at that confidence exists for so few values (95%: fewer than 6). */
  interval?: ShiftInterval;
}

/** k of the interval and its achieved confidence; k = 0 when no interval exists. */
export function walshIndex(
  n: number,
  confidence: number,
): { k: number; achieved: number; method: 'exact' | 'normal' } {
  const alpha = 1 - confidence;
  const total = (n * (n + 1)) / 2;
  if (n <= EXACT_MAX_N) {
    const cdf = signedRankCdf(n);
    let k = 0;
    while (k + 1 <= total && cdf[k]! <= alpha / 2 + 1e-15) k++;
    return { k, achieved: k === 0 ? 0 : 1 - 2 * cdf[k - 1]!, method: 'exact' };
  }
  const z = normalQuantile(1 - alpha / 2);
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
  const k = Math.max(0, Math.floor(total / 2 + 0.5 - z * sd));
  const achieved = k === 0 ? 0 : 1 - 2 * normalCdf((k - 0.5 - total / 2) / sd);
  return { k, achieved, method: 'normal' };
}

/** The Walsh averages as (value, how many) in increasing order. */
function walshAverages(values: readonly number[]): { value: number; weight: number }[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const distinct = [...counts.keys()].sort((a, b) => a - b);
  const out: { value: number; weight: number }[] = [];
  for (let a = 0; a < distinct.length; a++) {
    const va = distinct[a]!;
    const ca = counts.get(va)!;
    out.push({ value: va, weight: (ca * (ca + 1)) / 2 });
    for (let b = a + 1; b < distinct.length; b++) {
      const vb = distinct[b]!;
      out.push({ value: (va + vb) / 2, weight: ca * counts.get(vb)! });
    }
  }
  return out.sort((p, q) => p.value - q.value);
}

/** The r-th smallest (1-based) of the weighted, sorted values. */
function orderStatistic(sorted: readonly { value: number; weight: number }[], r: number): number {
  let seen = 0;
  for (const s of sorted) {
    seen += s.weight;
    if (seen >= r) return s.value;
  }
  return sorted[sorted.length - 1]!.value;
}

/** Undefined for no values or a value that is not finite. */
export function hodgesLehmann(
  values: readonly number[],
  confidence = 0.95,
): HodgesLehmann | undefined {
  const n = values.length;
  if (n === 0 || !values.every(Number.isFinite)) return undefined;
  const walsh = walshAverages(values);
  const total = (n * (n + 1)) / 2;
  const estimate =
    total % 2 === 1
      ? orderStatistic(walsh, (total + 1) / 2)
      : (orderStatistic(walsh, total / 2) + orderStatistic(walsh, total / 2 + 1)) / 2;
  const { k, achieved, method } = walshIndex(n, confidence);
  if (k === 0) return { n, estimate, method };
  return {
    n,
    estimate,
    method,
    interval: {
      low: orderStatistic(walsh, k),
      high: orderStatistic(walsh, total + 1 - k),
      confidence,
      achievedConfidence: achieved,
      k,
    },
  };
}
