import { useCallback, useState } from 'react';

// Spoken cues through the Web Speech API, on by default where the browser has it. The choice is
// remembered on this device; without the API the switch says so and nothing is spoken.

export const VOICE_KEY = 'acupress.session.voice.v1';

export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.speechSynthesis?.speak === 'function' &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

function loadVoice(): boolean {
  try {
    return window.localStorage.getItem(VOICE_KEY) !== 'off';
  } catch {
    return true; // storage blocked: keep the default
  }
}

function saveVoice(on: boolean): void {
  try {
    window.localStorage.setItem(VOICE_KEY, on ? 'on' : 'off');
  } catch {
    // storage blocked or full: the choice lasts for this session only
  }
}

export interface Speech {
  available: boolean;
  on: boolean;
  setOn: (on: boolean) => void;
  /** Says the text now, cutting off anything still being said. */
  speak: (text: string) => void;
}

export function useSpeech(): Speech {
  const [available] = useState(speechAvailable);
  const [chosen, setChosen] = useState(loadVoice);
  const on = available && chosen;

  const speak = useCallback(
    (text: string) => {
      if (!on || !text) return;
      try {
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
      } catch {
        // a browser that lists the API but refuses it: stay silent
      }
    },
    [on],
  );

  const setOn = useCallback(
    (next: boolean) => {
      setChosen(next);
      saveVoice(next);
      if (!next && available) {
        try {
          window.speechSynthesis.cancel();
        } catch {
          // nothing to stop
        }
      }
    },
    [available],
  );

  return { available, on, setOn, speak };
}
