import { need, notEnoughData } from './data-needs.js';
import { oneDecimal, pointsWord } from './exact-change.js';
import { hodgesLehmann } from './hodges-lehmann.js';
import { CONFIDENCE, IMMEDIATE_MIN_SESSIONS, WINDOW_WEEKS } from './outcome-defaults.js';
import type { ImmediateEffect } from './progress-schema.js';
import type { SessionRecord } from '../session/session-record.js';

// The change within a session (after − before), over the window's logged sessions: a robust
// typical value (Hodges–Lehmann) with its 95% signed-rank interval. It describes the hour around
// a session, not the weeks, and cannot say what caused it.

const range = (low: number, high: number): string =>
  oneDecimal(low) === oneDecimal(high)
    ? `${pointsWord(low)} at both ends`
    : low < 0 && high < 0
      ? `${oneDecimal(-high)} to ${oneDecimal(-low)} points lower`
      : low > 0 && high > 0
        ? `${oneDecimal(low)} to ${oneDecimal(high)} points higher`
        : `from ${pointsWord(low)} to ${pointsWord(high)}, which includes no change`;

export function immediateEffect(inWindow: readonly { s: SessionRecord }[]): ImmediateEffect {
  const changes = inWindow.flatMap(({ s }) => (s.log ? [s.log.after.nrs - s.beforeNrs] : []));
  const hl =
    changes.length >= IMMEDIATE_MIN_SESSIONS ? hodgesLehmann(changes, CONFIDENCE) : undefined;
  if (!hl?.interval)
    return notEnoughData(
      `the change within sessions needs at least ${IMMEDIATE_MIN_SESSIONS} sessions with pain rated before and after (with fewer, no 95% interval exists), and there ${changes.length === 1 ? 'is' : 'are'} ${changes.length} in the last ${WINDOW_WEEKS} weeks`,
      [need.rated(IMMEDIATE_MIN_SESSIONS - changes.length)],
      'AcupressDefault',
    );
  const { estimate, interval } = hl;
  const typical =
    oneDecimal(estimate) === '0'
      ? 'typically about the same as before it'
      : `typically ${pointsWord(estimate)} than before it`;
  return {
    status: 'measured',
    sessions: changes.length,
    estimate,
    low: interval.low,
    high: interval.high,
    confidence: interval.confidence,
    achievedConfidence: interval.achievedConfidence,
    method: hl.method,
    text:
      `Over your ${changes.length} sessions with pain rated before and after in the last ${WINDOW_WEEKS} weeks, your pain right after a session was ${typical} ` +
      `(95% interval: ${range(interval.low, interval.high)}). This is the change around a session, not over weeks; resting, expectation and the time of day can be part of it.`,
  };
}
