import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hodgesLehmann, walshIndex } from './hodges-lehmann.js';
import { mulberry32 } from './mulberry32.js';
import { normalCdf, normalQuantile } from './normal-quantile.js';
import { randomisationInterval, randomisationTest } from './randomisation-test.js';
import { signedRankCdf } from './signed-rank.js';
import { theilSen } from './theil-sen.js';
import { fixtures } from './test-fixtures.js';

// Every expected value here comes from scipy/numpy (scripts/outcomes-fixtures/make_fixtures.py)
// or is derived by hand in the row's comment; the properties hold for any data.

const close = (a: number, b: number, tol = 1e-12) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('normalQuantile (AS 241) against scipy.stats.norm.ppf', () => {
  it.each(fixtures.normalQuantile)('p = $p', ({ p, z }) => close(normalQuantile(p), z, 1e-14));
  it('is NaN outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.1, Number.NaN]) expect(normalQuantile(p)).toBeNaN();
  });
  it('normalCdf inverts it to 1e-7', () =>
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1.5e-7);
      }),
    ));
});

describe('signedRankCdf', () => {
  // By hand: n = 3 has 8 sign patterns; positive-rank sums 0,1,2,3,3,4,5,6.
  it('n = 3 by hand', () => {
    expect([...signedRankCdf(3)]).toEqual([1, 2, 3, 5, 6, 7, 8].map((c) => c / 8));
  });
  // By hand: for n = 5 the smallest one-sided p is 1/32 > 0.025, so no 95% interval; n = 6: 1/64.
  it.each([
    { n: 5, k: 0 },
    { n: 6, k: 1 },
  ])('95% interval index for n = $n is $k', ({ n, k }) => expect(walshIndex(n, 0.95).k).toBe(k));
  it('is symmetric and ends at 1', () => {
    for (const n of [1, 7, 20, 50]) {
      const cdf = signedRankCdf(n);
      const top = cdf.length - 1;
      expect(cdf[top]).toBe(1);
      for (let t = 0; t < top; t++) close(cdf[t]!, 1 - cdf[top - 1 - t]!, 1e-15);
    }
  });
});

describe('hodgesLehmann against numpy Walsh averages and scipy’s exact signed-rank distribution', () => {
  it.each(fixtures.hodgesLehmann)('$name', (c) => {
    const r = hodgesLehmann(c.values, c.confidence)!;
    expect(r.n).toBe(c.n);
    close(r.estimate, c.estimate);
    expect(r.method).toBe(c.method);
    if (c.k === 0) expect(r.interval).toBeUndefined();
    else {
      expect(r.interval!.k).toBe(c.k);
      close(r.interval!.low, c.low!);
      close(r.interval!.high, c.high!);
      close(
        r.interval!.achievedConfidence,
        c.achievedConfidence!,
        c.method === 'exact' ? 1e-12 : 1e-6,
      );
    }
  });
  it('no values: undefined', () => expect(hodgesLehmann([])).toBeUndefined());

  const sample = fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 6, maxLength: 70 });
  it('the estimate lies within its interval', () =>
    fc.assert(
      fc.property(sample, (xs) => {
        const r = hodgesLehmann(xs)!;
        expect(r.interval!.low).toBeLessThanOrEqual(r.estimate);
        expect(r.estimate).toBeLessThanOrEqual(r.interval!.high);
        expect(r.interval!.achievedConfidence).toBeGreaterThanOrEqual(0.95 - 1e-3);
      }),
    ));
  it('the interval widens as confidence rises', () =>
    fc.assert(
      fc.property(sample, fc.constantFrom(0.8, 0.9), (xs, lower) => {
        const a = hodgesLehmann(xs, lower)!.interval!;
        const b = hodgesLehmann(xs, 0.99)!.interval;
        if (!b) return; // 99% needs more values than 80% or 90%
        expect(b.low).toBeLessThanOrEqual(a.low);
        expect(b.high).toBeGreaterThanOrEqual(a.high);
      }),
    ));
  it('shifting every value shifts the estimate and interval by the same amount', () =>
    fc.assert(
      fc.property(sample, fc.integer({ min: -20, max: 20 }), (xs, c) => {
        const a = hodgesLehmann(xs)!;
        const b = hodgesLehmann(xs.map((x) => x + c))!;
        close(b.estimate, a.estimate + c);
        close(b.interval!.low, a.interval!.low + c);
        close(b.interval!.high, a.interval!.high + c);
      }),
    ));
  it('does not depend on the order of the values; mirrors under negation', () =>
    fc.assert(
      fc.property(sample, (xs) => {
        const a = hodgesLehmann(xs)!;
        expect(hodgesLehmann([...xs].reverse())).toEqual(a);
        const m = hodgesLehmann(xs.map((x) => -x))!;
        close(m.estimate, -a.estimate);
        close(m.interval!.low, -a.interval!.high);
      }),
    ));
  it('exact and normal approximation agree at the switch (n = 50 vs 51 within one rank)', () => {
    const exact50 = walshIndex(50, 0.95).k;
    const z = normalQuantile(0.975);
    const sd = Math.sqrt((50 * 51 * 101) / 24);
    expect(Math.abs(Math.floor(1275 / 2 + 0.5 - z * sd) - exact50)).toBeLessThanOrEqual(1);
  });
});

describe('theilSen against scipy.stats.theilslopes', () => {
  it.each(fixtures.theilSen)('$name', (c) => {
    const r = theilSen(c.x, c.y, c.confidence)!;
    close(r.slope, c.slope);
    close(r.intercept, c.intercept);
    close(r.low, c.low);
    close(r.high, c.high);
  });
  it('one point or all x equal: undefined', () => {
    expect(theilSen([1], [5])).toBeUndefined();
    expect(theilSen([2, 2], [5, 6])).toBeUndefined();
  });
  const series = fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 15 })
    .map((ys) => ({ x: ys.map((_, i) => i + 1), y: ys.map((v) => v / 10) }));
  it('the slope lies within its interval; shifting y keeps the slope', () =>
    fc.assert(
      fc.property(series, fc.integer({ min: -5, max: 5 }), ({ x, y }, c) => {
        const r = theilSen(x, y)!;
        expect(r.low).toBeLessThanOrEqual(r.slope + 1e-12);
        expect(r.slope).toBeLessThanOrEqual(r.high + 1e-12);
        close(
          theilSen(
            x,
            y.map((v) => v + c),
          )!.slope,
          r.slope,
          1e-9,
        );
      }),
    ));
});

describe('mulberry32 against the Python port', () => {
  it.each(fixtures.mulberry32)('seed $seed', ({ seed, first }) => {
    const next = mulberry32(seed);
    for (const v of first) expect(next()).toBe(v);
  });
});

describe('randomisationTest and randomisationInterval', () => {
  // By hand: differences [-1, -1, -1]: the 8 sign patterns give means ±1 (2 of them) and ±1/3.
  it('three equal differences: two-sided p = 2/8, one-sided 1/8', () => {
    expect(randomisationTest([-1, -1, -1], 'two-sided')).toMatchObject({
      pValue: 0.25,
      count: 2,
      total: 8,
    });
    expect(randomisationTest([-1, -1, -1], 'less').pValue).toBe(0.125);
  });
  it('five pairs allow no 95% interval; six do (m = 1)', () => {
    expect(randomisationInterval([-1, -2, -1, 0, -1])).toBeUndefined();
    expect(randomisationInterval([-1, -2, -1, 0, -1, -3])).toMatchObject({
      low: -3,
      high: 0,
      achievedConfidence: 1 - 2 / 64,
    });
  });
  const diffs = fc.array(
    fc.integer({ min: -20, max: 20 }).map((v) => v / 4),
    {
      minLength: 1,
      maxLength: 10,
    },
  );
  it('p is in (0, 1] and a multiple of 1/2^k', () =>
    fc.assert(
      fc.property(diffs, fc.constantFrom('two-sided' as const, 'less' as const), (d, alt) => {
        const r = randomisationTest(d, alt);
        expect(r.pValue).toBeGreaterThan(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(Number.isInteger(r.pValue * 2 ** d.length)).toBe(true);
        expect(r.pValue).toBeGreaterThanOrEqual(r.smallestPossibleP);
      }),
    ));
  it('the interval holds the mean, and inverts the one-sided tests', () =>
    fc.assert(
      fc.property(
        diffs.filter((d) => d.length >= 6),
        (d) => {
          const ci = randomisationInterval(d)!;
          const m = d.reduce((t, x) => t + x, 0) / d.length;
          expect(ci.low).toBeLessThanOrEqual(m + 1e-12);
          expect(m).toBeLessThanOrEqual(ci.high + 1e-12);
          // at the limits the shifted data are not rejected; just outside they are
          const pUp = (delta: number) =>
            randomisationTest(
              d.map((x) => delta - x),
              'less',
            ).pValue;
          const pDown = (delta: number) =>
            randomisationTest(
              d.map((x) => x - delta),
              'less',
            ).pValue;
          expect(pUp(ci.low)).toBeGreaterThan(0.025);
          expect(pUp(ci.low - 1e-6)).toBeLessThanOrEqual(0.025);
          expect(pDown(ci.high)).toBeGreaterThan(0.025);
          expect(pDown(ci.high + 1e-6)).toBeLessThanOrEqual(0.025);
        },
      ),
    ));
});
