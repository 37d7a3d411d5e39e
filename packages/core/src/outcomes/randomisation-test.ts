// The exact randomisation test of a personal experiment in pairs of blocks. Within each pair the
// order (acupressure first or usual care first) was drawn at random, so under the hypothesis that
// acupressure changes nothing, swapping a pair's order only flips the sign of that pair's
// difference (acupressure block − usual-care block). Every one of the 2^K sign patterns is an
// allocation the design could have drawn, equally likely: p = (allocations whose mean difference
// is at least as extreme as the one observed) / 2^K, counted exactly, the observed one included
// (so p > 0). Means that differ by less than 1e-9 count as equal, so rounding in the last digit
// never decides (the ratings are whole numbers: genuine differences are far larger).
//
// Its interval inverts the same test: a shift δ is inside unless one of the one-sided tests of
// "the effect is δ" rejects at (1 − confidence)/2. That is the m-th smallest to the m-th largest
// of the 2^K − 1 means of non-empty subsets of the differences, m = ⌊2^K (1 − confidence)/2⌋
// (Hartigan 1969, JASA 64:1303); with m = 0 (95%: fewer than 6 pairs) no interval exists.

export type Alternative = 'two-sided' | 'less';

const TOLERANCE = 1e-9;
/** 2^12 = 4,096 allocations: the most a design may have (outcome-defaults: N_OF_1_MAX_PAIRS). */
const MAX_PAIRS = 12;

export interface RandomisationTest {
  pValue: number;
  /** Allocations at least as extreme as the observed one, and all of them. */
  count: number;
  total: number;
  /** The smallest p any outcome could give with this many pairs. */
  smallestPossibleP: number;
}

const mean = (xs: readonly number[]): number => xs.reduce((t, x) => t + x, 0) / xs.length;

function checkSize(differences: readonly number[]): void {
  if (differences.length < 1 || differences.length > MAX_PAIRS)
    throw new RangeError(`a randomisation test needs 1 to ${MAX_PAIRS} pairs`);
}

/** 'less': the alternative is that acupressure blocks are lower (less pain). */
export function randomisationTest(
  differences: readonly number[],
  alternative: Alternative,
): RandomisationTest {
  checkSize(differences);
  const k = differences.length;
  const total = 2 ** k;
  const observed = mean(differences);
  let count = 0;
  for (let mask = 0; mask < total; mask++) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += mask & (1 << i) ? -differences[i]! : differences[i]!;
    const m = sum / k;
    if (
      alternative === 'two-sided'
        ? Math.abs(m) >= Math.abs(observed) - TOLERANCE
        : m <= observed + TOLERANCE
    )
      count++;
  }
  return {
    pValue: count / total,
    count,
    total,
    smallestPossibleP: (alternative === 'two-sided' ? 2 : 1) / total,
  };
}

export interface RandomisationInterval {
  low: number;
  high: number;
  confidence: number;
  achievedConfidence: number;
}

/** Undefined when so few pairs allow no interval at this confidence. */
export function randomisationInterval(
  differences: readonly number[],
  confidence = 0.95,
): RandomisationInterval | undefined {
  checkSize(differences);
  const k = differences.length;
  const total = 2 ** k;
  const m = Math.floor((total * (1 - confidence)) / 2 + 1e-12);
  if (m < 1) return undefined;
  const means: number[] = [];
  for (let mask = 1; mask < total; mask++) {
    let sum = 0;
    let size = 0;
    for (let i = 0; i < k; i++)
      if (mask & (1 << i)) {
        sum += differences[i]!;
        size++;
      }
    means.push(sum / size);
  }
  means.sort((a, b) => a - b);
  return {
    low: means[m - 1]!,
    high: means[means.length - m]!,
    confidence,
    achievedConfidence: 1 - (2 * m) / total,
  };
}
