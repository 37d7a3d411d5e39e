import { WEEK_MS, WINDOW_WEEKS } from './outcome-defaults.js';
import type { PracticeWindow, WindowSession } from './practice-window.js';
import type { OutcomeAdherence, OutcomeWeek } from './progress-schema.js';

// Adherence says two things, each labelled (the care issue's definition): how often the person
// practised against the plan's frequency (sessions a week, over the window's complete weeks), and
// minutes pressed against minutes planned in the sessions they logged. One session a week held a
// little longer than planned reads "1 a week of 7 planned" and "105% of the planned time": never a
// single number that mixes the two.

const minutes = (seconds: number): string => String(Math.round(seconds / 60));
const perWeek = (x: number): string => String(Math.round(x * 10) / 10);

export function outcomeAdherence(
  w: PracticeWindow,
  inWindow: readonly WindowSession[],
  plannedPerWeek?: number,
): OutcomeAdherence {
  const weeks: OutcomeWeek[] = [];
  for (let week = w.firstWeek; week <= w.currentWeek; week++)
    weeks.push({
      week,
      weekStart: w.weekStart(week),
      complete: w.firstMs + week * WEEK_MS <= w.nowMs,
      sessions: 0,
      logged: 0,
      pressedSeconds: 0,
      plannedSeconds: 0,
    });
  for (const { s, week } of inWindow) {
    const row = weeks[week - w.firstWeek];
    if (!row) continue;
    row.sessions += 1;
    if (!s.log) continue;
    row.logged += 1;
    row.plannedSeconds += s.plannedSeconds;
    row.pressedSeconds += s.log.steps.reduce((t, x) => t + x.heldSeconds, 0);
  }
  const complete = weeks.filter((x) => x.complete);
  const sessionsPerWeek =
    complete.length > 0
      ? complete.reduce((t, x) => t + x.sessions, 0) / complete.length
      : undefined;
  const planned = plannedPerWeek !== undefined && plannedPerWeek > 0 ? plannedPerWeek : undefined;
  const current = weeks[weeks.length - 1];
  const frequencyText =
    sessionsPerWeek === undefined
      ? `How often: ${current?.sessions ?? 0} session${current?.sessions === 1 ? '' : 's'} so far in your first week${planned ? `, of ${perWeek(planned)} a week in your plan` : ''}.`
      : `How often: ${perWeek(sessionsPerWeek)} session${sessionsPerWeek === 1 ? '' : 's'} a week on average over the last ${complete.length} complete week${complete.length === 1 ? '' : 's'}${planned ? `, of ${perWeek(planned)} a week in your plan` : ' (your plan sets no number of sessions a week)'}.`;
  const logged = weeks.reduce((t, x) => t + x.logged, 0);
  const pressed = weeks.reduce((t, x) => t + x.pressedSeconds, 0);
  const plannedSeconds = weeks.reduce((t, x) => t + x.plannedSeconds, 0);
  const ratio = plannedSeconds > 0 ? pressed / plannedSeconds : undefined;
  const minutesText =
    logged === 0
      ? `How much: no session logged in the last ${WINDOW_WEEKS} weeks, so no time pressed to count.`
      : `How much: ${minutes(pressed)} of ${minutes(plannedSeconds)} planned minutes pressed in the ${logged} session${logged === 1 ? '' : 's'} you logged${ratio === undefined ? '' : ` (${Math.round(ratio * 100)}% of the planned time)`}. This counts only sessions you did; how often you practised is above.`;
  return {
    weeks,
    frequency: {
      completeWeeks: complete.length,
      ...(sessionsPerWeek === undefined ? {} : { sessionsPerWeek }),
      ...(planned === undefined ? {} : { plannedPerWeek: planned }),
      text: frequencyText,
    },
    minutes: {
      loggedSessions: logged,
      pressedSeconds: pressed,
      plannedSeconds,
      ...(ratio === undefined ? {} : { ratio }),
      text: minutesText,
    },
  };
}
