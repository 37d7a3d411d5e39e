import { useEffect, useEffectEvent } from 'react';

export type SessionKeyAction = 'pause' | 'primary' | 'not-yet' | 'skip' | 'back';

/** The shortcuts, shown on screen as well. */
export const SESSION_KEYS: readonly { key: string; label: string; action: SessionKeyAction }[] = [
  { key: 'Space', label: 'Space', action: 'pause' },
  { key: 'Enter', label: 'Enter', action: 'primary' },
  { key: 'n', label: 'N', action: 'not-yet' },
  { key: 'ArrowRight', label: '→', action: 'skip' },
  { key: 'ArrowLeft', label: '←', action: 'back' },
];

function actionFor(event: KeyboardEvent): SessionKeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.key === ' ' || event.key === 'Spacebar') return 'pause';
  if (event.key === 'Enter') return 'primary';
  if (event.key === 'n' || event.key === 'N') return 'not-yet';
  if (event.key === 'ArrowRight') return 'skip';
  if (event.key === 'ArrowLeft') return 'back';
  return undefined;
}

const CONTROLS = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]';

/** Where ← and → belong to the focused control (or are a stray press on a button). */
const ARROW_TARGETS = 'button, input, select, textarea';

/**
 * Keyboard shortcuts for the whole page while the player is shown. Space and Enter on a focused
 * control keep their usual meaning (pressing that control), and ← / → on a focused button or
 * field do nothing here (a stray arrow must not skip a side): the shortcut applies only when focus
 * is elsewhere (the player moves focus to the phase heading when a control it was on goes away).
 * Typing in a field never triggers a shortcut.
 */
export function useSessionKeys(onAction: (action: SessionKeyAction) => void): void {
  // The page's latest handler, without adding and removing the listener at every render.
  const handler = useEffectEvent(onAction);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionFor(event);
      if (!action || event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      const onControl = target?.closest(CONTROLS);
      if (onControl && (action === 'pause' || action === 'primary')) return;
      if ((action === 'skip' || action === 'back') && target?.closest(ARROW_TARGETS)) return;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      event.preventDefault();
      handler(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
