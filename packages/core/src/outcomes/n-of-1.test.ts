import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../care/care-time.js';
import { analyseNOf1 } from './n-of-1-analysis.js';
import {
  allocate,
  blockCondition,
  nOf1Day,
  parseNOf1Design,
  registerNOf1,
  totalDays,
} from './n-of-1-design.js';
import { nOf1ResultSchema, type NOf1Design } from './n-of-1-schema.js';
import { fixtures } from './test-fixtures.js';

// The personal experiment: registration and its lock, which block today is, and the registered
// analysis against the Python re-implementation (scripts/outcomes-fixtures/make_fixtures.py:
// mulberry32 ported, the p-value by relabelling the days of every allocation in exact rationals,
// the interval by inverting the one-sided tests). Hand-worked rows say so in their comment.

const START = '2026-12-07';
const REGISTERED = '2026-12-01T20:15:00+01:00';

const design = (over: Record<string, unknown> = {}, seed = 2026): NOf1Design => {
  const r = registerNOf1({ startDate: START, ...over }, REGISTERED, seed);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('registerNOf1', () => {
  it('defaults: 7-day blocks, 4 pairs, no washout, two-sided; the seed’s allocation, locked', () => {
    const d = design();
    expect(d).toMatchObject({
      blockDays: 7,
      pairs: 4,
      washoutDays: 0,
      prng: 'mulberry32',
      seed: 2026,
    });
    expect(d.analysis).toEqual({
      statistic: 'mean-pair-difference',
      test: 'exact-randomisation',
      alternative: 'two-sided',
      alpha: 0.05,
      confidence: 0.95,
      meaningfulPoints: 2,
    });
    expect(d.allocation).toEqual(allocate(2026, 4));
    expect(parseNOf1Design(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, value: d });
  });

  const bad: { case: string; body: Record<string, unknown>; field: string | RegExp }[] = [
    { case: 'unknown key', body: { startDate: START, colour: 'red' }, field: /colour/ },
    { case: 'start before registration', body: { startDate: '2026-11-30' }, field: 'startDate' },
    { case: 'not a date', body: { startDate: '7 Dec' }, field: 'startDate' },
    {
      case: 'washout leaves one counted day',
      body: { startDate: START, blockDays: 7, washoutDays: 6 },
      field: 'washoutDays',
    },
    {
      case: 'too many pairs (2^13 allocations)',
      body: { startDate: START, pairs: 13 },
      field: 'pairs',
    },
    { case: 'a 2-day block', body: { startDate: START, blockDays: 2 }, field: 'blockDays' },
    {
      case: 'unknown test',
      body: { startDate: START, alternative: 'acupressure-higher' },
      field: 'alternative',
    },
  ];
  it.each(bad)('refuses $case, naming the field', ({ body, field }) => {
    const r = registerNOf1(body, REGISTERED, 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const named = r.issues!.map((i) => `${i.field} ${i.message}`).join('; ');
    expect(named).toMatch(typeof field === 'string' ? new RegExp(`^${field}|; ${field}`) : field);
  });
  it('refuses a changed allocation, and a seed out of range', () => {
    const d = design();
    const swapped = {
      ...d,
      allocation: d.allocation.map((o) =>
        o === 'acupressure-first' ? 'usual-care-first' : 'acupressure-first',
      ),
    };
    const r = parseNOf1Design(swapped);
    expect(!r.ok && r.issues![0]).toMatchObject({ field: 'allocation' });
    expect(registerNOf1({ startDate: START }, REGISTERED, 2 ** 32)).toMatchObject({
      ok: false,
      issues: [{ field: 'seed' }],
    });
  });
  it('any seed: reproducible, and balanced (one block of each in every pair)', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 2, max: 12 }),
        (seed, pairs) => {
          const d = design({ pairs }, seed);
          expect(design({ pairs }, seed)).toEqual(d);
          for (let k = 0; k < pairs; k++)
            expect(new Set([blockCondition(d, 2 * k), blockCondition(d, 2 * k + 1)]).size).toBe(2);
        },
      ),
    ));
});

describe('nOf1Day: which block today is', () => {
  // 7-day blocks, 2 washout days: day 1 and 2 of each block are not counted (by hand)
  const d = design({ washoutDays: 2 });
  const rows = [
    { date: '2026-12-05', expect: { status: 'not-started', daysUntil: 2 } },
    {
      date: START,
      expect: { status: 'running', day: 1, block: 1, pair: 1, dayOfBlock: 1, counted: false },
    },
    {
      date: '2026-12-09',
      expect: {
        status: 'running',
        day: 3,
        dayOfBlock: 3,
        counted: true,
        blockEndsOn: '2026-12-13',
      },
    },
    { date: '2026-12-14', expect: { status: 'running', day: 8, block: 2, pair: 1, dayOfBlock: 1 } },
    {
      date: addDays(START, 55),
      expect: { status: 'running', day: 56, block: 8, pair: 4, dayOfBlock: 7 },
    },
    { date: addDays(START, 56), expect: { status: 'finished', endedOn: addDays(START, 55) } },
  ];
  it.each(rows)('$date', ({ date, expect: e }) => expect(nOf1Day(d, date)).toMatchObject(e));
  it('the two blocks of a pair have opposite conditions', () => {
    expect(nOf1Day(d, START)).toMatchObject({ condition: blockCondition(d, 0) });
    expect(nOf1Day(d, '2026-12-14')).toMatchObject({ condition: blockCondition(d, 1) });
    expect(blockCondition(d, 0)).not.toBe(blockCondition(d, 1));
  });
});

describe.each(fixtures.nOf1)('analyseNOf1 against Python: $name', (c) => {
  const d = design(
    {
      blockDays: c.blockDays,
      pairs: c.pairs,
      washoutDays: c.washoutDays,
      alternative: c.alternative,
    },
    c.seed,
  );
  const ratings = c.ratings.map((r) => ({ date: addDays(START, r.day), nrs: r.nrs }));
  const r = analyseNOf1(d, ratings, {
    asOf: addDays(START, c.asOfDay),
    ...(c.stoppedDay === null ? {} : { stoppedOn: addDays(START, c.stoppedDay) }),
  });
  if (!r.ok) throw new Error(r.message);
  const res = r.value;
  const e = c.expected;
  it('allocation from the seed (mulberry32, Python port)', () =>
    expect(d.allocation).toEqual(e.allocation));
  it('pairs complete and analysed', () => {
    expect(res.pairsComplete).toBe(e.pairsComplete);
    expect(res.pairsAnalysed).toBe(e.pairsUsed);
    expect(nOf1ResultSchema.safeParse(res).success).toBe(true);
  });
  it('estimate, exact p over every allocation, and the interval', () => {
    if (e.estimate === undefined) return expect(res.verdict).toBe('too-little-data');
    res.pairs
      .filter((x) => x.analysed)
      .forEach((x, i) => expect(x.difference).toBeCloseTo(e.differences![i]!, 12));
    expect(res.estimate).toBeCloseTo(e.estimate, 12);
    expect(res.pValue).toBe(e.pValue);
    expect(res.allocationsCounted).toBe(e.allocationsCounted);
    if (e.interval === null) expect(res.interval).toBeUndefined();
    else {
      expect(res.interval!.low).toBeCloseTo(e.interval!.low, 12);
      expect(res.interval!.high).toBeCloseTo(e.interval!.high, 12);
      expect(res.interval!.achievedConfidence).toBe(e.interval!.achievedConfidence);
    }
  });
  it('the registration date and the label are on the result; the caveats are stated', () => {
    expect(res.registeredAt).toBe(REGISTERED);
    expect(res.label).toMatch(/not a clinical study/);
    expect(res.caveats.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['personal', 'not-blinded', 'carry-over', 'few-blocks', 'time']),
    );
  });
});

describe('analyseNOf1: verdicts know lower pain is better', () => {
  const run = (name: string) => {
    const c = fixtures.nOf1.find((x) => x.name === name)!;
    const d = design(
      {
        blockDays: c.blockDays,
        pairs: c.pairs,
        washoutDays: c.washoutDays,
        alternative: c.alternative,
      },
      c.seed,
    );
    const r = analyseNOf1(
      d,
      c.ratings.map((x) => ({ date: addDays(START, x.day), nrs: x.nrs })),
      {
        asOf: addDays(START, c.asOfDay),
        ...(c.stoppedDay === null ? {} : { stoppedOn: addDays(START, c.stoppedDay) }),
      },
    );
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  it.each([
    // p = 2/64 ≤ 0.05, estimate −1.47: lower, clear of chance, short of 2 points (Ostelo 2008)
    {
      name: '6 pairs, acupressure lower, 2 washout days',
      verdict: 'acupressure-lower-small',
      status: 'complete',
    },
    // p = 1/64, the same estimate: one-sided as registered
    { name: 'the same, one-sided', verdict: 'acupressure-lower-small', status: 'complete' },
    // p = 1 with 4 pairs: the smallest possible two-sided p is 2/16 = 0.125 > 0.05
    {
      name: '4 pairs, no difference, many ties',
      verdict: 'no-clear-difference',
      status: 'complete',
    },
    // 3 of 5 pairs before stopping: p = 2/8
    {
      name: 'stopped after 3 of 5 pairs, days missing',
      verdict: 'no-clear-difference',
      status: 'stopped-early',
    },
    // acupressure blocks 2 points higher, p = 2/64: worse, never "better"
    { name: 'acupressure blocks higher: worse', verdict: 'acupressure-higher', status: 'complete' },
  ])('$name: $verdict', ({ name, verdict, status }) => {
    const r = run(name);
    expect(r.verdict).toBe(verdict);
    expect(r.status).toBe(status);
  });
  it('says what stopping early cost, and when no result could be clear of chance', () => {
    const r = run('stopped after 3 of 5 pairs, days missing');
    expect(r.caveats.find((x) => x.kind === 'stopped-early')!.text).toMatch(
      /3 of 5 pairs.*0\.25 instead of 0\.063/,
    );
    expect(r.text).toMatch(/smallest possible p is 0\.25/);
  });
  it('a pair with a block without ratings is left out, and said so', () => {
    const r = run('a block without ratings drops its pair');
    expect(r.verdict).toBe('no-clear-difference');
    expect(r.caveats.find((x) => x.kind === 'missing')!.text).toMatch(/Pair 2 is left out/);
  });
  it('while running: no verdict (the registered analysis waits for the end or a stop)', () => {
    const d = design({ pairs: 2 });
    const ratings = Array.from({ length: 20 }, (_, i) => ({ date: addDays(START, i), nrs: 5 }));
    const r = analyseNOf1(d, ratings, { asOf: addDays(START, 20) });
    expect(r.ok && r.value).toMatchObject({
      status: 'running',
      verdict: 'in-progress',
      pairsComplete: 1,
    });
  });
  it('refuses two ratings for one evening, naming it', () => {
    const r = analyseNOf1(
      design(),
      [
        { date: START, nrs: 5 },
        { date: START, nrs: 6 },
      ],
      { asOf: START },
    );
    expect(r).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ field: 'ratings.1.date' }],
    });
    const bad = analyseNOf1(design(), [{ date: START, nrs: 11 }], { asOf: START });
    expect(bad).toMatchObject({ ok: false, issues: [{ field: 'ratings.0.nrs' }] });
  });
  it('for any ratings: a valid result, p in (0, 1] in steps of 1/2^k', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), {
          minLength: 84,
          maxLength: 84,
        }),
        (pairs, seed, values) => {
          const d = design({ pairs, blockDays: 7, washoutDays: 1 }, seed);
          const ratings = values
            .slice(0, totalDays(d))
            .flatMap((v, i) => (v === undefined ? [] : [{ date: addDays(START, i), nrs: v }]));
          const r = analyseNOf1(d, ratings, { asOf: addDays(START, totalDays(d)) });
          if (!r.ok) throw new Error(r.message);
          expect(nOf1ResultSchema.safeParse(r.value).success).toBe(true);
          if (r.value.pValue === undefined) return;
          expect(r.value.pValue).toBeGreaterThan(0);
          expect(r.value.pValue).toBeLessThanOrEqual(1);
          expect(Number.isInteger(r.value.pValue * 2 ** r.value.pairsAnalysed)).toBe(true);
        },
      ),
    ));
});
