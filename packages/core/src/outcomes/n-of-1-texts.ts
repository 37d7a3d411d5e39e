import { oneDecimal } from './exact-change.js';
import type { NOf1Caveat, NOf1Design } from './n-of-1-schema.js';

// The words of a personal experiment's result. It knows that lower pain is better, compares the
// difference with 2 points (Ostelo 2008's size; using it for a difference between blocks is an
// Acupress choice), and always says what the experiment cannot show.

export const N_OF_1_LABEL =
  'A personal experiment, not a clinical study: it describes you, in these weeks, and is not evidence about acupressure for anyone else.';

const p = (x: number): string => (x >= 0.001 ? String(Math.round(x * 1000) / 1000) : '< 0.001');
export const pText = p;

export function smallestPText(pairs: number, smallest: number, alpha: number): string {
  return smallest > alpha
    ? ` With ${pairs} pairs no result could be clear of chance at the ${alpha * 100}% level (the smallest possible p is ${p(smallest)}); that needs more pairs.`
    : '';
}

/** What stopping after `complete` of the design's pairs costs. */
export function stoppingCost(
  d: NOf1Design,
  complete: number,
  smallest: number,
  planned: number,
): string {
  return (
    `Stopped after ${complete} of ${d.pairs} pairs: only complete pairs count (the rest of a pair started is left out). ` +
    `Fewer pairs make the interval wider and the smallest possible p larger (${p(smallest)} instead of ${p(planned)}), ` +
    'and stopping because of how the results looked makes them look stronger than they are.'
  );
}

export function nOf1Caveats(
  d: NOf1Design,
  analysed: number,
  smallest: number,
  extra: NOf1Caveat[],
): NOf1Caveat[] {
  return [
    { kind: 'personal', text: N_OF_1_LABEL },
    {
      kind: 'not-blinded',
      text: 'You knew which blocks were acupressure: what you expected from them can change how you rate your pain.',
    },
    {
      kind: 'carry-over',
      text:
        d.washoutDays > 0
          ? `The first ${d.washoutDays} day${d.washoutDays === 1 ? '' : 's'} of each block ${d.washoutDays === 1 ? 'was' : 'were'} not counted, to let the last block’s effect fade; an effect that lasts longer still blurs the difference.`
          : 'Every day counted, so an effect lasting into the next block blurs the difference (no days were set aside for it to fade).',
    },
    {
      kind: 'few-blocks',
      text: `${analysed} pair${analysed === 1 ? '' : 's'} of blocks ${analysed === 1 ? 'is' : 'are'} few: the interval is wide and the smallest possible p is ${p(smallest)}. Pain changes from week to week for many reasons.`,
    },
    {
      kind: 'time',
      text: 'The random order within each pair protects against a steady drift in your pain, not against a flare-up that happens to fall in one block.',
    },
    ...extra,
  ];
}

export function verdictText(
  verdict:
    | 'acupressure-lower-meaningful'
    | 'acupressure-lower-small'
    | 'no-clear-difference'
    | 'acupressure-higher',
  estimate: number,
  interval: { low: number; high: number } | undefined,
  pValue: number,
  count: number,
  total: number,
  oneSided: boolean,
): string {
  const size = oneDecimal(Math.abs(estimate));
  const dir =
    size === '0'
      ? 'about the same'
      : `${size} point${size === '1' ? '' : 's'} ${estimate < 0 ? 'lower' : 'higher'}`;
  const ci = interval
    ? ` (95% interval: ${oneDecimal(interval.low)} to ${oneDecimal(interval.high)} points, acupressure minus usual care)`
    : ' (too few pairs for a 95% interval)';
  const lead = `During acupressure blocks your evening pain was on average ${dir} than during usual-care blocks${ci}.`;
  const chance = `p = ${p(pValue)}: of the ${total} allocations your design allowed, ${count} give a difference at least this ${oneSided ? 'far in favour of acupressure' : 'large'}`;
  switch (verdict) {
    case 'acupressure-lower-meaningful':
      return `${lead} That is at least the 2 points trials count as meaningful (Ostelo 2008; using that size for a difference between blocks is an Acupress choice), and a difference this large would be unlikely if acupressure made no difference to you (${chance}).`;
    case 'acupressure-lower-small':
      return `${lead} A difference this large would be unlikely if acupressure made no difference to you (${chance}), but it is smaller than the 2 points trials count as meaningful (Ostelo 2008).`;
    case 'acupressure-higher':
      return `${lead} Your pain was higher with acupressure, and that is unlikely to be chance (${chance}). In this experiment acupressure did not help you; consider talking to a clinician about it.`;
    case 'no-clear-difference':
      return `${lead} A difference like this could well arise by chance (${chance}), so the experiment cannot tell acupressure and usual care apart for you.`;
  }
}
