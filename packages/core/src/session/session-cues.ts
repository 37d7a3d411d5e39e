import type { SessionItem } from './session-items.js';

/** Something to say (and, where the phone can, a vibration) at a change of phase. */
export interface Cue {
  /** Increases with every cue, so the player speaks each one once. */
  seq: number;
  text: string;
  /** A navigator.vibrate pattern in ms, for the changes the person must not miss. */
  vibrate?: number[];
}

export type CueBody = Omit<Cue, 'seq'>;

// Short buzzes: one for "start pressing" and "release", three for a question, a long one at the end.
const ONE = [200];
const QUESTION = [120, 80, 120, 80, 120];
const END = [400];

function sideWords(item: SessionItem): string {
  if (item.side === 'midline') return 'on the midline';
  return `${item.side} side`;
}

function pressure(item: SessionItem): string {
  return `about ${item.pressureTarget} out of 10`;
}

/** The text of each phase's cue, written for Acupress from the method in DESIGN.md. */
export const SESSION_CUES = {
  locate(item: SessionItem, n: number, total: number, previous?: SessionItem): CueBody {
    const switching =
      previous && previous.stepId === item.stepId && previous.side !== item.side
        ? `Switch to the ${item.side} side. `
        : '';
    return {
      text: `${switching}Spot ${n} of ${total}: ${item.label}, ${sideWords(item)}. Find the spot, then tap “I've found it”.`,
    };
  },
  build(item: SessionItem): CueBody {
    return {
      text: `Build the pressure slowly, over a few breaths, up to ${pressure(item)}.`,
      vibrate: ONE,
    };
  },
  hold(): CueBody {
    return { text: 'Hold it steady, aimed into the knot. Keep still; do not rub.' };
  },
  holdMore(): CueBody {
    return { text: 'Keep holding, steady. I will ask again in a little while.' };
  },
  check(): CueBody {
    return { text: 'Has the knot loosened?', vibrate: QUESTION };
  },
  checkUnanswered(): CueBody {
    return { text: 'No answer, so keep holding, steady. I will ask again.' };
  },
  deepen(item: SessionItem): CueBody {
    return {
      text: `Good. Press a little deeper, staying within ${pressure(item)}, and hold.`,
    };
  },
  release(): CueBody {
    return { text: 'Release slowly.', vibrate: ONE };
  },
  done(): CueBody {
    return { text: 'That was the last point. Well done.', vibrate: END };
  },
  stopped(): CueBody {
    return { text: 'Session stopped. Release any pressure slowly.' };
  },
  paused(): CueBody {
    return { text: 'Paused. Ease off the pressure if you need to.' };
  },
  resumed(phaseCue: CueBody): CueBody {
    return { ...phaseCue, text: `Carrying on. ${phaseCue.text}` };
  },
  skipped(next: CueBody): CueBody {
    return { ...next, text: `Skipped. ${next.text}` };
  },
} as const;
