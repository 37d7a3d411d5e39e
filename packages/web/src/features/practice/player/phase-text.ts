import type { SessionState } from '@acupress/core';

/** The heading of each phase, short enough to read at arm's length. */
export function phaseTitle(state: SessionState): string {
  switch (state.phase) {
    case 'locate':
      return 'Find the spot';
    case 'build':
      return 'Build the pressure slowly';
    case 'hold':
      return state.holdingMore ? 'Keep holding' : 'Hold steady';
    case 'check':
      return 'Has the knot loosened?';
    case 'deepen':
      return 'Press a little deeper';
    case 'release':
      return 'Release slowly';
    case 'done':
      return state.stopped ? 'Session stopped' : 'Session finished';
  }
}

export function sideText(side: 'left' | 'right' | 'midline'): string {
  if (side === 'midline') return 'On the midline';
  return side === 'left' ? 'Left side' : 'Right side';
}

/** 95 000 ms → "1:35": whole seconds rounded up, so 0:00 shows only when the time is up. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** 95 000 ms → "1 minute 35 seconds", for screen readers. */
export function durationWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [];
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s || !m) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return parts.join(' ');
}
