import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careFor } from './care-for.js';
import { at, careInput, daily, OLD_CHECK_IN } from './test-care-fixtures.js';
import { min, runRows, S, worse, type Row } from './test-care-table.js';
import type { SessionRecord } from '../session/session-record.js';

const rows: Row[] = [
  // Adherence: pressed (sum of holds) / planned; weeks of 7 days from the first session
  {
    case: 'adherence per session and week',
    source: 'brief arithmetic',
    input: careInput(
      [
        S(0, { held: [180, 180, 90], planned: 1800 }),
        S(1, { unlogged: true }),
        S(8, { held: [], planned: 0 }),
        S(15, { held: [300], planned: 200 }),
      ],
      at(16),
    ),
    expected: {
      minutesRatios: [0.25, undefined, 0, 1.5],
      weekRows: [
        [1, 2, 1, 450, 1800, 0.25],
        [2, 1, 1, 0, 0, undefined],
        [3, 1, 1, 300, 200, 1.5],
      ],
    },
  },
  {
    case: 'a week without sessions is listed, empty',
    source: 'brief: 7-day weeks',
    input: careInput(
      [S(0, { held: [600], planned: 1200 }), S(15, { held: [600], planned: 600 })],
      at(16),
    ),
    expected: {
      weekRows: [
        [1, 1, 1, 600, 1200, 0.5],
        [2, 0, 0, 0, 0, undefined],
        [3, 1, 1, 600, 600, 1],
      ],
    },
  },
  // How often: sessions against the plan's frequency, one a day (Murphy 2019: daily); kept apart
  // from how fully (minutes pressed / planned of the sessions done)
  {
    case: 'one session in a week is 1 of 7 sessions, not 114%, whatever its minutes',
    source: 'Murphy2019 daily; issue 9',
    input: careInput([S(0, { held: [1440], planned: 1260 })], at(6, 23)),
    expected: { frequency: [[1, 1, 7, 1 / 7]], minutesRatios: [1440 / 1260] },
  },
  {
    case: 'a session every day of the week is 7 of 7',
    source: 'Murphy2019 daily',
    input: careInput(daily(0, 7, 5), at(6, 23)),
    expected: { frequency: [[1, 7, 7, 1]] },
  },
  {
    case: 'the week in progress asks only for its days so far',
    source: 'Murphy2019 daily; Acupress default: one per day so far',
    input: careInput(daily(0, 3, 5), at(2, 12)),
    expected: { frequency: [[1, 3, 3, 1]] },
  },
  {
    case: 'weeks run up to now: stopping shows as 0 of 7',
    source: 'Murphy2019 daily; brief: a week without sessions is part of the story',
    input: careInput([S(0)], at(20)),
    expected: {
      frequency: [
        [1, 1, 7, 1 / 7],
        [2, 0, 7, 0],
        [3, 0, 7, 0],
      ],
    },
  },
  {
    case: 'two sessions on the first day are 2 of the 1 asked so far',
    source: 'Murphy2019 daily',
    input: careInput([S(0), S(0, {}, 6)], at(0, 8)),
    expected: { frequency: [[1, 2, 1, 2]] },
  },
  // Next-day check: by elapsed time from the session's start, 12 h to 72 h (AcupressDefault)
  {
    case: 'next-day: not due at 11 h 59',
    source: 'AcupressDefault 12 h',
    input: careInput([S(0)], min(12 * 60 - 1)),
    expected: { nextDayDue: undefined },
  },
  {
    case: 'next-day: due at 12 h',
    source: 'AcupressDefault 12 h',
    input: careInput([S(0)], min(12 * 60)),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: due the next day',
    source: 'brief',
    input: careInput([S(0)], at(1)),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: due at 71 h 59',
    source: 'AcupressDefault 72 h',
    input: careInput([S(0)], min(72 * 60 - 1)),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: not due at 72 h',
    source: 'AcupressDefault 72 h',
    input: careInput([S(0)], min(72 * 60)),
    expected: { nextDayDue: undefined },
  },
  {
    case: 'next-day: not due once recorded',
    source: 'brief',
    input: careInput([S(0, { nextDay: {} })], at(1, 2)),
    expected: { nextDayDue: undefined },
  },
  {
    case: 'next-day: the latest logged session only',
    source: 'brief',
    input: careInput([S(0), S(1, { unlogged: true })], at(1, 2)),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: a late-evening session (+01:00) is not due just after midnight',
    source: 'brief: elapsed time, not calendar days',
    input: careInput([{ ...S(0), startedAt: '2026-11-01T23:30:00+01:00' }], '2026-11-01T23:10:00Z'),
    expected: { nextDayDue: undefined },
  },
  {
    case: 'next-day: the same session, 12 h later in any zone',
    source: 'brief: elapsed time; AcupressDefault 12 h',
    input: careInput([{ ...S(0), startedAt: '2026-11-01T23:30:00+01:00' }], '2026-11-02T10:30:00Z'),
    expected: { nextDayDue: 's-0-0' },
  },
  // All sessions: history and weeks run over every check-in's sessions
  {
    case: 'history and weeks include an earlier check-in’s sessions',
    source: 'brief: the person’s whole practice',
    input: careInput(
      [
        S(0, { held: [600], planned: 1200, checkInId: OLD_CHECK_IN }),
        S(8, { held: [600], planned: 600 }),
      ],
      at(9),
      { checkInAt: at(7) },
    ),
    expected: {
      minutesRatios: [0.5, 1],
      weekRows: [
        [1, 1, 1, 600, 1200, 0.5],
        [2, 1, 1, 600, 600, 1],
      ],
    },
  },
];

describe('careFor: adherence and the next-day check', () => {
  runRows(rows);

  it('counts every session once, against 1 to 7 asked per week (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 * 24 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 70 * 24 }),
        (hours, nowHours) => {
          const sessions = hours.map((h, i) => S(0, { id: `s${i}` }, h));
          const care = careFor(careInput(sessions, at(0, nowHours)));
          expect(care.weeks.reduce((t, w) => t + w.sessions, 0)).toBe(sessions.length);
          for (const w of care.weeks) {
            expect(w.plannedSessions).toBeGreaterThanOrEqual(1);
            expect(w.plannedSessions).toBeLessThanOrEqual(7);
            expect(w.sessionsRatio).toBe(w.sessions / w.plannedSessions);
          }
          // With no session after now, every week before the one in progress asks for the full 7.
          if (hours.every((h) => h <= nowHours))
            for (const w of care.weeks.slice(0, -1)) expect(w.plannedSessions).toBe(7);
        },
      ),
    );
  });
});

describe('careFor: the next-day check asks about the session’s own sides', () => {
  it('carries the due session’s steps, a side today’s plan rests included', () => {
    // Bruised on the left BL23: the next plan rests it, but the next-day check of that session
    // must still offer it (clinical-sources, bruises and swelling: a bruise is a place not to press, so it is asked).
    const bruised: SessionRecord = {
      ...S(0, { bruising: ['BL23:left'] }),
      steps: [{ stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] }],
    };
    const care = careFor(careInput([bruised], at(0, 13)));
    expect(care.plan.steps.find((s) => s.kind === 'point' && s.pointId === 'BL23')?.sides).toEqual([
      'right',
    ]);
    const bl23 = care.nextDayDue?.steps.find((s) => s.stepId === 'BL23');
    expect(bl23?.sides).toEqual(['left', 'right']);
  });
});

describe('careFor: explanations', () => {
  it('explains every change with a source, and states its own defaults as such', () => {
    const care = careFor(
      careInput(
        [S(0, { before: 6, bruising: ['BL23:left'], pressure: 'too-much' }), worse(1)],
        at(1, 2),
      ),
    );
    expect(care.status).toBe('paused');
    for (const c of care.changes) expect(c.text.length).toBeGreaterThan(20);
    const rest = care.changes.find((c) => c.kind === 'site-resting');
    expect(rest?.source).toBe('AcupressSafety');
    expect(rest?.text).toMatch(/Acupress safety default/);
    expect(care.changes.find((c) => c.kind === 'pressure-lowered')?.text).toMatch(
      /Acupress default/,
    );
    expect(rest?.text).toMatch(/check the mark has faded/);
    expect(care.plan.pressure.source).toBe('AcupressDefault');
    expect(care.plan.pressure.reason).not.toMatch(/Murphy/);
    expect(care.plan.pressure.reason).toMatch(/Acupress defaults/);
    expect(care.pause?.advice).toMatch(/clinician/);
  });

  it('does not change the plan it was given', () => {
    const input = careInput([S(0, { bruising: ['GV3:midline'], pressure: 'too-much' })], at(1));
    const before = JSON.stringify(input);
    careFor(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
