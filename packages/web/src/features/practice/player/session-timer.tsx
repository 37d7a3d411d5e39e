import { remainingMs, type SessionState } from '@acupress/core';
import { clockText, durationWords } from './phase-text';

/** What the countdown is counting to, under the big numbers. */
function countingTo(state: SessionState): string {
  switch (state.phase) {
    case 'build':
      return 'until you hold steady';
    case 'hold':
      return state.holdingMore ? 'until I ask again' : 'until I ask about the knot';
    case 'check':
      return 'to answer; no answer counts as “not yet”';
    case 'deepen':
      return 'until you release';
    case 'release':
      return 'until the next spot';
    default:
      return '';
  }
}

/**
 * The big countdown of the current phase. role="timer" is not announced as it changes (its live
 * region is off by default); the player announces phase changes instead.
 */
export function SessionTimer({ state }: { state: SessionState }) {
  const left = remainingMs(state, state.at);
  if (left === null) return null;
  const item = state.items[state.index];
  const record = state.records[state.index];
  const steady = state.phase === 'hold' || state.phase === 'deepen' || state.phase === 'check';
  return (
    <div className="session-timer">
      <p
        className="session-timer__clock"
        role="timer"
        aria-label={`Time left: ${durationWords(left)}`}
      >
        {clockText(left)}
      </p>
      <p className="session-timer__what">{countingTo(state)}</p>
      {steady && item && record ? (
        <p className="session-timer__total">
          Steady hold so far: {clockText(Math.min(record.steadyMs, item.holdSeconds * 1000))} of{' '}
          {clockText(item.holdSeconds * 1000)}
        </p>
      ) : null}
    </div>
  );
}
