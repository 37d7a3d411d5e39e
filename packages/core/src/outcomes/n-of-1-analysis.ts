import { fieldIssues } from '../assessment/assessment-schema.js';
import { addDays } from '../care/care-time.js';
import { fail, ok, type Result } from '../result.js';
import {
  blockCondition,
  daysBetween,
  endDate,
  parseNOf1Design,
  totalDays,
} from './n-of-1-design.js';
import { N_OF_1_TOLERANCE } from './n-of-1-defaults.js';
import { dailyRatingsSchema, type NOf1Caveat, type NOf1Result } from './n-of-1-schema.js';
import {
  nOf1Caveats,
  N_OF_1_LABEL,
  smallestPText,
  stoppingCost,
  verdictText,
} from './n-of-1-texts.js';
import { randomisationInterval, randomisationTest } from './randomisation-test.js';

// The registered analysis of a personal experiment. Each block's value is the mean of its
// counted days' evening ratings (washout days left out); each complete pair gives acupressure −
// usual care; the estimate is their mean, with the exact randomisation test over every
// allocation of the pairs analysed and the interval that inverts it. A pair with a block that
// has no counted rating is left out (and said so). While the experiment runs, no verdict: the
// registered analysis runs at the end or when the person stops, and says what stopping cost.

type Block = NOf1Result['pairs'][number]['acupressure'];

export interface NOf1AnalysisOptions {
  /** The last day whose evening rating counts (usually today, or yesterday). */
  asOf: string;
  /** The day the person stopped, when they stopped early. */
  stoppedOn?: string;
}

export function analyseNOf1(
  designInput: unknown,
  ratingsInput: unknown,
  options: NOf1AnalysisOptions,
): Result<NOf1Result> {
  const parsed = parseNOf1Design(designInput);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const ratings = dailyRatingsSchema.safeParse(ratingsInput);
  if (!ratings.success)
    return fail(
      'VALIDATION',
      'the ratings are not valid',
      fieldIssues(ratings.error).map((i) => ({ ...i, field: `ratings.${i.field}` })),
    );
  const byDay = new Map<number, number>();
  for (const [i, r] of ratings.data.entries()) {
    const day = daysBetween(d.startDate, r.date);
    if (byDay.has(day))
      return fail('VALIDATION', 'the ratings are not valid', [
        { field: `ratings.${i}.date`, message: 'has a rating already: one evening rating a day' },
      ]);
    byDay.set(day, r.nrs);
  }
  const stopped = options.stoppedOn !== undefined && options.stoppedOn < endDate(d);
  const last = Math.min(
    daysBetween(d.startDate, options.asOf),
    stopped ? daysBetween(d.startDate, options.stoppedOn!) : Infinity,
    totalDays(d) - 1,
  );

  const block = (b: number): Block => {
    const from = b * d.blockDays;
    let sum = 0;
    let n = 0;
    for (let day = from + d.washoutDays; day < from + d.blockDays && day <= last; day++) {
      const v = byDay.get(day);
      if (v !== undefined) {
        sum += v;
        n++;
      }
    }
    return {
      from: addDays(d.startDate, from),
      to: addDays(d.startDate, from + d.blockDays - 1),
      countedFrom: addDays(d.startDate, from + d.washoutDays),
      ratings: n,
      ...(n > 0 ? { meanNrs: sum / n } : {}),
    };
  };
  const pairs = d.allocation.map((order, k) => {
    const [a, u] =
      blockCondition(d, 2 * k) === 'acupressure' ? [2 * k, 2 * k + 1] : [2 * k + 1, 2 * k];
    const complete = (2 * k + 2) * d.blockDays - 1 <= last;
    const acupressure = block(a);
    const usualCare = block(u);
    const analysed =
      complete && acupressure.meanNrs !== undefined && usualCare.meanNrs !== undefined;
    return {
      pair: k + 1,
      order,
      acupressure,
      usualCare,
      ...(analysed ? { difference: acupressure.meanNrs! - usualCare.meanNrs! } : {}),
      analysed,
      complete,
    };
  });
  const complete = pairs.filter((x) => x.complete).length;
  const diffs = pairs.flatMap((x) => (x.difference === undefined ? [] : [x.difference]));
  const oneSided = d.analysis.alternative === 'acupressure-lower';
  const smallestFor = (k: number) => (oneSided ? 1 : 2) / 2 ** k;
  const status: NOf1Result['status'] =
    last < 0
      ? 'not-started'
      : stopped
        ? 'stopped-early'
        : last >= totalDays(d) - 1
          ? 'complete'
          : 'running';
  const extra: NOf1Caveat[] = [];
  const dropped = pairs.filter((x) => x.complete && !x.analysed).map((x) => x.pair);
  if (dropped.length)
    extra.push({
      kind: 'missing',
      text: `Pair${dropped.length === 1 ? '' : 's'} ${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} left out: a block had no counted rating. If ratings went missing because of how you felt, the result leans.`,
    });
  if (stopped)
    extra.push({
      kind: 'stopped-early',
      text: stoppingCost(d, complete, smallestFor(complete), smallestFor(d.pairs)),
    });
  const base = {
    label: N_OF_1_LABEL,
    registeredAt: d.registeredAt,
    status,
    startDate: d.startDate,
    endDate: endDate(d),
    analysis: d.analysis,
    pairsPlanned: d.pairs,
    pairsComplete: complete,
    pairsAnalysed: diffs.length,
    pairs: pairs.map(({ complete: _c, ...x }) => x),
    caveats: nOf1Caveats(d, diffs.length, smallestFor(Math.max(diffs.length, 1)), extra),
  };
  if (status === 'not-started' || status === 'running')
    return ok({
      ...base,
      verdict: 'in-progress',
      text:
        status === 'not-started'
          ? 'The experiment has not started yet.'
          : `The experiment is running: ${complete} of ${d.pairs} pairs complete. The registered analysis runs at the end, or when you stop; looking at the difference along the way and stopping when it looks good makes it look better than it is.`,
    });
  if (diffs.length < 2)
    return ok({
      ...base,
      verdict: 'too-little-data',
      text: `Only ${diffs.length} complete pair${diffs.length === 1 ? '' : 's'} with ratings in both blocks: a comparison needs at least 2 (with 1, every allocation gives the same answer).`,
    });
  const test = randomisationTest(diffs, oneSided ? 'less' : 'two-sided');
  const interval = randomisationInterval(diffs, d.analysis.confidence);
  const estimate = diffs.reduce((t, x) => t + x, 0) / diffs.length;
  const clear = test.pValue <= d.analysis.alpha;
  const verdict = !clear
    ? 'no-clear-difference'
    : estimate > 0
      ? 'acupressure-higher'
      : estimate <= -d.analysis.meaningfulPoints + N_OF_1_TOLERANCE
        ? 'acupressure-lower-meaningful'
        : 'acupressure-lower-small';
  return ok({
    ...base,
    estimate,
    ...(interval ? { interval } : {}),
    pValue: test.pValue,
    allocationsCounted: test.total,
    smallestPossibleP: test.smallestPossibleP,
    verdict,
    text:
      verdictText(verdict, estimate, interval, test.pValue, test.count, test.total, oneSided) +
      smallestPText(diffs.length, test.smallestPossibleP, d.analysis.alpha),
  });
}
