import { useEffect, useEffectEvent } from 'react';
import type { Cue } from '@acupress/core';
import type { Speech } from './use-speech';

function vibrate(pattern: number[] | undefined): void {
  if (!pattern || typeof navigator === 'undefined') return;
  if (typeof navigator.vibrate !== 'function') return;
  try {
    navigator.vibrate(pattern);
  } catch {
    // some browsers refuse without a recent tap: nothing to do
  }
}

/** Says and buzzes each cue once: a cue is new when its seq is. */
export function useCueOutput(cue: Cue, speech: Speech): void {
  const { speak } = speech;
  const output = useEffectEvent(() => {
    speak(cue.text);
    vibrate(cue.vibrate);
  });
  useEffect(() => {
    // Keyed on seq alone: turning the voice on does not repeat the last cue.
    output();
  }, [cue.seq]);
}
