import { fieldIssues } from '../assessment/assessment-schema.js';
import { addDays, localDate } from '../care/care-time.js';
import { fail, ok, type Result } from '../result.js';
import { N_OF_1_ALPHA, N_OF_1_CONFIDENCE, N_OF_1_MIN_COUNTED_DAYS } from './n-of-1-defaults.js';
import {
  nOf1DesignBaseSchema,
  nOf1RequestSchema,
  type NOf1Day,
  type NOf1Design,
  type PairOrder,
} from './n-of-1-schema.js';
import { mulberry32 } from './mulberry32.js';
import { MIC } from './outcome-defaults.js';

// Registering a personal experiment and following it day by day. The person chooses the start,
// the block length, the number of pairs, washout days and the test; the caller supplies a random
// 32-bit seed (core has no randomness of its own); mulberry32 of that seed draws each pair's order
// (below 0.5: acupressure first). Each pair holds one block of each, so the design is balanced.
// Seed and allocation are stored with the design, and a design whose allocation is not its seed's
// is refused: the allocation cannot be changed after registration.

/** Pair by pair, the order mulberry32(seed) draws. */
export function allocate(seed: number, pairs: number): PairOrder[] {
  const next = mulberry32(seed);
  return Array.from({ length: pairs }, () =>
    next() < 0.5 ? 'acupressure-first' : 'usual-care-first',
  );
}

export const nOf1DesignSchema = nOf1DesignBaseSchema.superRefine((d, ctx) => {
  if (d.blockDays - d.washoutDays < N_OF_1_MIN_COUNTED_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['washoutDays'],
      message: `must leave at least ${N_OF_1_MIN_COUNTED_DAYS} counted days in each block`,
    });
  if (d.allocation.length !== d.pairs)
    ctx.addIssue({
      code: 'custom',
      path: ['allocation'],
      message: `must have one order for each of the ${d.pairs} pairs`,
    });
  else if (allocate(d.seed, d.pairs).some((o, i) => o !== d.allocation[i]))
    ctx.addIssue({
      code: 'custom',
      path: ['allocation'],
      message: 'is not the allocation its seed gives: a registered design cannot be changed',
    });
  if (d.startDate < localDate(d.registeredAt))
    ctx.addIssue({
      code: 'custom',
      path: ['startDate'],
      message: 'must not be before the registration date',
    });
});

/** Validates a stored or sent design, the lock included. */
export function parseNOf1Design(input: unknown): Result<NOf1Design> {
  const r = nOf1DesignSchema.safeParse(input);
  return r.success
    ? ok(r.data)
    : fail('VALIDATION', 'the personal experiment design is not valid', fieldIssues(r.error));
}

/**
 * Registers a design before it starts: `registeredAt` is now (ISO 8601, in the person's offset,
 * so its date is theirs); `seed` a random whole number 0 to 2^32 − 1 from the caller.
 */
export function registerNOf1(
  request: unknown,
  registeredAt: string,
  seed: number,
): Result<NOf1Design> {
  const r = nOf1RequestSchema.safeParse(request);
  if (!r.success)
    return fail('VALIDATION', 'the personal experiment is not valid', fieldIssues(r.error));
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return fail('VALIDATION', 'the seed is not valid', [
      { field: 'seed', message: 'must be a whole number 0 to 4294967295' },
    ]);
  const d = r.data;
  if (d.startDate < localDate(registeredAt))
    return fail('VALIDATION', 'the personal experiment is not valid', [
      {
        field: 'startDate',
        message: 'must be today or later: a design is registered before it starts',
      },
    ]);
  return parseNOf1Design({
    registeredAt,
    startDate: d.startDate,
    blockDays: d.blockDays,
    pairs: d.pairs,
    washoutDays: d.washoutDays,
    outcome: 'evening-pain-nrs',
    analysis: {
      statistic: 'mean-pair-difference',
      test: 'exact-randomisation',
      alternative: d.alternative,
      alpha: N_OF_1_ALPHA,
      confidence: N_OF_1_CONFIDENCE,
      meaningfulPoints: MIC.points,
    },
    prng: 'mulberry32',
    seed,
    allocation: allocate(seed, d.pairs),
  });
}

/** Days from a to b (dates YYYY-MM-DD). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export const totalDays = (d: NOf1Design): number => 2 * d.pairs * d.blockDays;
export const endDate = (d: NOf1Design): string => addDays(d.startDate, totalDays(d) - 1);

export type Condition = 'acupressure' | 'usual-care';

/** The condition of block b (0-based) of the design. */
export function blockCondition(d: NOf1Design, block: number): Condition {
  const first: Condition =
    d.allocation[Math.floor(block / 2)] === 'acupressure-first' ? 'acupressure' : 'usual-care';
  return block % 2 === 0 ? first : first === 'acupressure' ? 'usual-care' : 'acupressure';
}

/** Which block today is, and what to do. */
export function nOf1Day(d: NOf1Design, date: string): NOf1Day {
  const index = daysBetween(d.startDate, date);
  if (index < 0)
    return {
      status: 'not-started',
      startsOn: d.startDate,
      daysUntil: -index,
      text: `Your personal experiment starts in ${-index} day${index === -1 ? '' : 's'}. Until then, carry on as usual.`,
    };
  if (index >= totalDays(d))
    return {
      status: 'finished',
      endedOn: endDate(d),
      text: 'Your personal experiment has ended: its result is ready.',
    };
  const block = Math.floor(index / d.blockDays);
  const dayOfBlock = (index % d.blockDays) + 1;
  const condition = blockCondition(d, block);
  const counted = dayOfBlock > d.washoutDays;
  const what =
    condition === 'acupressure'
      ? 'an acupressure block: do your sessions as planned'
      : 'a usual-care block: no acupressure, carry on with everything else as usual';
  return {
    status: 'running',
    day: index + 1,
    totalDays: totalDays(d),
    pair: Math.floor(block / 2) + 1,
    block: block + 1,
    blocks: 2 * d.pairs,
    condition,
    dayOfBlock,
    counted,
    blockEndsOn: addDays(d.startDate, (block + 1) * d.blockDays - 1),
    text:
      `Day ${index + 1} of ${totalDays(d)}: block ${block + 1} of ${2 * d.pairs}, ${what} (day ${dayOfBlock} of ${d.blockDays}). ` +
      (counted
        ? 'Rate your pain this evening.'
        : 'Today is not counted (it lets the last block’s effect fade); rating your pain this evening does no harm.'),
  };
}
