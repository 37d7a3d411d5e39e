import {
  practiceStart,
  progressReport,
  progressWindowStart,
  type ProgressInput,
  type SessionRecord,
} from '@acupress/core';
import { sessionAt } from '../packages/core/src/outcomes/test-sessions.js';

// DESIGN.md: a person's progress costs within 2× for 2 years of daily sessions of what it costs
// for 4 weeks. The report reads the start of the practice (stored once: its first week) and the
// sessions of the last 8 weeks, which the server fetches with one range query from
// progressWindowStart; both inputs are built here as the server would pass them, and the two
// sizes are timed in alternating rounds in this one process.

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T19:00:00Z');

function personOf(days: number): ProgressInput {
  const all: SessionRecord[] = Array.from({ length: days }, (_, d) =>
    sessionAt(
      T0 + d * DAY,
      6 - Math.floor((3 * d) / days) + (d % 3 === 0 ? 1 : 0),
      d % 4 === 0 ? null : 4 - (d % 2),
      1200,
      1000 + (d % 5) * 50,
      `s-${d}`,
    ),
  );
  const now = new Date(T0 + days * DAY - 3_600_000).toISOString();
  const start = practiceStart(
    all.filter((s) => Date.parse(s.startedAt) < T0 + 7 * DAY),
    7,
  )!;
  const from = Date.parse(progressWindowStart(start.firstSessionAt, now));
  return {
    now,
    start,
    sessions: all.filter((s) => Date.parse(s.startedAt) >= from),
    checkIns: [
      { at: new Date(T0 - DAY).toISOString(), peg: { pain: 7, enjoyment: 6, activity: 6 } },
      {
        at: new Date(T0 + (days - 2) * DAY).toISOString(),
        peg: { pain: 4, enjoyment: 3, activity: 4 },
      },
    ],
    plannedSessionsPerWeek: 7,
  };
}

function timeReports(input: ProgressInput, n: number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += progressReport(input).weeks;
  const ms = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return ms / n;
}

/** Milliseconds per report at 4 weeks and at 2 years of daily sessions, and their ratio. */
export function progressRatio(
  rounds = 7,
  perRound = 300,
): { weeks4: number; years2: number; ratio: number; windowSessions: number } {
  const small = personOf(28);
  const large = personOf(730);
  timeReports(small, 500); // warm-up
  timeReports(large, 500);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(timeReports(small, perRound));
    b.push(timeReports(large, perRound));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const weeks4 = median(a);
  const years2 = median(b);
  return { weeks4, years2, ratio: years2 / weeks4, windowSessions: large.sessions.length };
}

if (process.argv[1]?.endsWith('progress.ts')) {
  const r = progressRatio();
  console.log(
    `4 weeks ${(r.weeks4 * 1000).toFixed(1)} µs, 2 years ${(r.years2 * 1000).toFixed(1)} µs (${r.windowSessions} sessions in the window): ratio ${r.ratio.toFixed(2)}`,
  );
}
