// The exact null distribution of the Wilcoxon signed-rank statistic T+ (the sum of the ranks of
// the positive values) for n values without ties or zeros: every one of the 2^n sign patterns is
// equally likely, so P(T+ = t) = (number of subsets of {1..n} summing to t) / 2^n. Counted by the
// usual subset-sum recursion; every count stays below 2^53 up to n = 52, so the probabilities are
// exact binary fractions. Each n is computed once and kept (the table for n = 50 has 1,276 rows).

const cache = new Map<number, Float64Array>();

/** P(T+ ≤ t) for t = 0..n(n+1)/2, for 1 ≤ n ≤ 52. */
export function signedRankCdf(n: number): Float64Array {
  if (!Number.isInteger(n) || n < 1 || n > 52) throw new RangeError('n must be 1 to 52');
  const hit = cache.get(n);
  if (hit) return hit;
  const top = (n * (n + 1)) / 2;
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++)
    for (let t = (rank * (rank + 1)) / 2; t >= rank; t--) counts[t]! += counts[t - rank]!;
  const cdf = new Float64Array(top + 1);
  const total = 2 ** n;
  let running = 0;
  for (let t = 0; t <= top; t++) {
    running += counts[t]!;
    cdf[t] = running / total;
  }
  cache.set(n, cdf);
  return cdf;
}
