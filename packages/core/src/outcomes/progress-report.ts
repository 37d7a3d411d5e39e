import { instant } from '../care/care-time.js';
import type { SessionRecord } from '../session/session-record.js';
import { changeFromStart } from './change-from-start.js';
import { need, notEnoughData } from './data-needs.js';
import { immediateEffect } from './immediate-effect.js';
import { outcomeAdherence } from './outcome-adherence.js';
import {
  practiceStart,
  practiceWindow,
  windowSessions,
  type PracticeStart,
} from './practice-window.js';
import type { Caveat, ProgressReport } from './progress-schema.js';
import { questionnaireChange, type CheckInScores } from './questionnaire-change.js';
import { weeklyPain } from './weekly-trend.js';

// "Is it working — for me?" From the person's own numbers: the change from the start judged by
// the thresholds trials use, the change within sessions, the weekly trend, the questionnaires at
// the start and now, and how much of the plan was done; with uncertainty, and saying when there
// is too little data and what would change that. Every report carries the same caveats: back pain
// often improves on its own, a bad first day flatters what follows, these numbers cannot tell
// why, and exercise and staying active come first.
//
// The cost is bounded: only the start of the practice (a few numbers) and the sessions of the
// last 8 practice weeks are read, so two years of daily sessions cost what eight weeks do.

export interface ProgressInput {
  /** Now (ISO 8601). */
  now: string;
  /** The start of the practice (`practiceStart`); absent before the first session. */
  start?: PracticeStart;
  /**
   * The sessions from `progressWindowStart(start.firstSessionAt, now)` on; earlier ones may be
   * passed too and are ignored.
   */
  sessions: readonly SessionRecord[];
  /** Saved check-ins with their questionnaire answers, any order. */
  checkIns?: readonly CheckInScores[];
  /** Sessions a week the plan asks for, when it sets a number. */
  plannedSessionsPerWeek?: number;
}

export const CAVEATS: readonly Caveat[] = [
  {
    kind: 'natural-course',
    text: 'Back pain often gets better on its own, so pain that falls while you use acupressure does not show that acupressure made it fall.',
  },
  {
    kind: 'regression-to-the-mean',
    text: 'People tend to start when pain is at its worst, and a bad day is usually followed by better ones even without treatment (regression to the mean): a change measured from the start can look larger than it is.',
  },
  {
    kind: 'cannot-tell-why',
    text: 'These numbers describe your pain; they cannot tell why it changed (time, other care, activity, sleep, expectation). A personal experiment can get closer to that question.',
  },
  {
    kind: 'exercise-first',
    text: 'Exercise, staying active and understanding back pain come first in the guidelines; acupressure is an addition to them, not a replacement, and not a cure.',
    source: 'LBPGuidelines',
  },
];

const noSessions = (now: string, input: ProgressInput): ProgressReport => {
  const empty = notEnoughData(
    'there are no sessions yet',
    [need.weeks(4), need.sessions(5)],
    'Godley2020',
  );
  const rated = notEnoughData('there are no sessions yet', [need.rated(6)], 'AcupressDefault');
  return {
    asOf: now,
    weeks: 0,
    headline: {
      text: 'No sessions yet. Trials of acupressure for back pain ran about 4 weeks (Godley 2020): after 4 weeks of sessions with pain ratings this page can say whether your pain has changed meaningfully.',
      source: 'Godley2020',
    },
    changeFromStart: empty,
    immediateEffect: rated,
    weeklyPain: {
      weeks: [],
      trend: notEnoughData('there are no sessions yet', [need.weeksWithRatings(4)], 'Godley2020'),
    },
    questionnaires: questionnaireChange(input.checkIns ?? []),
    adherence: {
      weeks: [],
      frequency: { completeWeeks: 0, text: 'How often: no sessions yet.' },
      minutes: {
        loggedSessions: 0,
        pressedSeconds: 0,
        plannedSeconds: 0,
        text: 'How much: no sessions yet.',
      },
    },
    caveats: [...CAVEATS],
  };
};

export function progressReport(input: ProgressInput): ProgressReport {
  const { start, now } = input;
  if (!start || instant(start.firstSessionAt) > instant(now)) return noSessions(now, input);
  const w = practiceWindow(start.firstSessionAt, now);
  const recent = windowSessions(input.sessions, w);
  const change = changeFromStart(start, w, recent);
  const headline =
    change.status === 'measured'
      ? {
          text: `After ${w.weeks} week${w.weeks === 1 ? '' : 's'}. ${change.text}${change.highStart ? ` ${change.highStart.text}` : ''}`,
          source: change.source,
        }
      : { text: change.text, source: change.source };
  return {
    asOf: now,
    weeks: w.weeks,
    window: {
      firstWeek: w.firstWeek,
      lastWeek: w.currentWeek,
      from: new Date(w.fromMs).toISOString(),
    },
    headline,
    changeFromStart: change,
    immediateEffect: immediateEffect(recent),
    weeklyPain: weeklyPain(w, recent),
    questionnaires: questionnaireChange(input.checkIns ?? []),
    adherence: outcomeAdherence(w, recent, input.plannedSessionsPerWeek),
    caveats: [...CAVEATS],
  };
}

/** The same from a whole history: finds the start and reads the window itself. */
export function progressReportFromHistory(input: {
  now: string;
  sessions: readonly SessionRecord[];
  /** The earliest check-in's NRS, when it recorded one. */
  checkInNrs?: number;
  checkIns?: readonly CheckInScores[];
  plannedSessionsPerWeek?: number;
}): ProgressReport {
  const start = practiceStart(input.sessions, input.checkInNrs);
  return progressReport({ ...input, ...(start ? { start } : {}) });
}
