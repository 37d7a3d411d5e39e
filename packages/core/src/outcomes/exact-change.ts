import { MIC } from './outcome-defaults.js';

// Thresholds on exact values. Pain levels here are ratios of whole numbers (a mean of ratings is
// their sum over their count, a median of two is their sum over 2, PEG is a sum over 3), so the
// 2-point and 30% rules are decided in integer arithmetic: a change of exactly 30% meets the rule
// and 29.9% never does, whatever floating point would round to. Rounding is for display only.

export interface Ratio {
  num: number;
  den: number;
}

export const ratio = (num: number, den = 1): Ratio => ({ num, den });
export const value = (r: Ratio): number => r.num / r.den;

export type ChangeRule = '2-points' | '30-percent';

/**
 * Which of Ostelo 2008's rules a change from `from` to `to` meets, in the given direction: down
 * (improvement: pain at least 2 points or 30% of `from` lower) or up (the same sizes higher, read
 * as a meaningful worsening: an Acupress choice).
 */
export function rulesMet(from: Ratio, to: Ratio, direction: 'down' | 'up'): ChangeRule[] {
  const den = from.den * to.den;
  const drop = from.num * to.den - to.num * from.den; // (from − to) · den
  const change = direction === 'down' ? drop : -drop;
  const met: ChangeRule[] = [];
  if (change >= MIC.points * den) met.push('2-points');
  if (from.num > 0 && 100 * change * from.den >= MIC.percent * from.num * den)
    met.push('30-percent');
  return met;
}

/** One decimal for display, never "-0". */
export const oneDecimal = (x: number): string => {
  const r = Math.round(x * 10) / 10;
  return String(r === 0 ? 0 : r);
};

/** "1.5 points lower", "0.5 points higher", "no change": for display. */
export function pointsWord(change: number, unit = 'point'): string {
  const shown = oneDecimal(Math.abs(change));
  if (shown === '0') return 'no change';
  return `${shown} ${unit}${shown === '1' ? '' : 's'} ${change < 0 ? 'lower' : 'higher'}`;
}
