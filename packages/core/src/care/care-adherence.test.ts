import { describe, expect, it } from 'vitest';
import { careFor } from './care-for.js';
import { at, careInput } from './care-fixtures.js';
import { runRows, S, worse, type Row } from './care-table.js';

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
      adherence: [0.25, undefined, 0, 1.5],
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
  // Next-day check: previous day or earlier, within 3 days (AcupressDefault)
  {
    case: 'next-day: not due the same day',
    source: 'brief',
    input: careInput([S(0)], at(0, 10)),
    expected: { nextDayDue: undefined },
  },
  {
    case: 'next-day: due the next day',
    source: 'brief',
    input: careInput([S(0)], at(1)),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: due on day 3',
    source: 'AcupressDefault 3 days',
    input: careInput([S(0)], at(3, 10)),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: not due on day 4',
    source: 'AcupressDefault 3 days',
    input: careInput([S(0)], at(4)),
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
    case: "next-day: the person's own midnight (+01:00)",
    source: 'brief: today’s date',
    input: careInput([{ ...S(0), startedAt: '2026-11-01T23:30:00+01:00' }], '2026-11-01T23:10:00Z'),
    expected: { nextDayDue: 's-0-0' },
  },
  {
    case: 'next-day: before their midnight, not due',
    source: 'brief',
    input: careInput([{ ...S(0), startedAt: '2026-11-01T23:30:00+01:00' }], '2026-11-01T22:50:00Z'),
    expected: { nextDayDue: undefined },
  },
];

describe('careFor: adherence and the next-day check', () => {
  runRows(rows);
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
    expect(care.pause?.advice).toMatch(/clinician/);
  });

  it('does not change the plan it was given', () => {
    const input = careInput([S(0, { bruising: ['GV3:midline'], pressure: 'too-much' })], at(1));
    const before = JSON.stringify(input);
    careFor(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
