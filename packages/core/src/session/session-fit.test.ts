import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../assessment/assessment-schema.js';
import { makePlan } from '../plan/make-plan.js';
import type { Plan } from '../plan/plan-types.js';
import { baseAssessment } from '../plan/test-assessments.js';
import {
  heldCeiling,
  isSameLog,
  isSameNextDay,
  isSameStart,
  logIssues,
  nextDayIssues,
  startIssues,
  utcTime,
} from './session-fit.js';
import type { NextDay, SessionLog, SessionRecord } from './session-record.js';
import { nextDay, sessionLog, sessionStart } from './test-session-records.js';

// Whether a start, a log or a next-day check fits its session. The ceilings come from the
// session player's timing (session-timing.ts: a hold of H seconds with a check every 30 s and
// 15 s to answer each); the years and the write-once rules are Acupress defaults (PostgreSQL has
// no year 0; a second, different log must not erase reported bruising).

const parsed = parseAssessment(baseAssessment());
if (!parsed.ok) throw new Error(parsed.message);
const outcome = makePlan(parsed.value);
if (outcome.kind !== 'plan') throw new Error('the base assessment makes a plan');
const plan: Plan = outcome;

/** BL23 on both sides and GV3 on the midline, as a client starts them. */
const session: SessionRecord = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  ...sessionStart('3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b'),
};
const log = (over: Partial<SessionLog> = {}): SessionLog => ({ ...sessionLog(), ...over });
const check = (over: Partial<NextDay> = {}): NextDay => ({ ...nextDay(), ...over });

const logged: SessionRecord = { ...session, log: log() };
const fieldsOf = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('how long a logged side may be held', () => {
  it('is the plan step’s hold plus every check’s wait (180 s: 225 s)', () => {
    expect(heldCeiling(plan, 'BL23')).toBe(225);
    const shorter = { steps: plan.steps.map((s) => ({ ...s, holdSeconds: 60 })) };
    // 60 s: one check at 30 s, its 15 s wait.
    expect(heldCeiling(shorter, 'BL23')).toBe(75);
  });

  it('falls back to the plans’ hold for a step outside the plan, or without the plan', () => {
    expect(heldCeiling(plan, 'ashi-9')).toBe(225);
    expect(heldCeiling(undefined, 'BL23')).toBe(225);
  });

  it('names each side held too long, and each side logged twice', () => {
    const l = log();
    const steps = [{ ...l.steps[0]!, heldSeconds: 226 }, l.steps[1]!, l.steps[0]!];
    expect(logIssues(session, { ...l, steps }, plan).map((i) => i.field)).toEqual([
      'steps.0.heldSeconds',
      'steps.2',
    ]);
  });
});

describe('a log fits its session', () => {
  const [left, right, gv3] = log().steps as [SessionLog['steps'][number], ...SessionLog['steps']];
  it.each([
    { case: 'the session’s own log', log: log(), fields: [] },
    {
      case: 'a step the session does not have',
      log: log({ steps: [{ ...left, stepId: 'BL40' }] }),
      fields: ['steps.0.stepId'],
    },
    {
      case: 'a side the step was not started with',
      log: log({ steps: [{ ...gv3!, side: 'left' }] }),
      fields: ['steps.0.side'],
    },
    { case: 'a side logged twice', log: log({ steps: [left, right!, left] }), fields: ['steps.2'] },
    {
      case: 'held longer than the step’s hold and every check’s wait (225 s)',
      log: log({ steps: [{ ...left, heldSeconds: 226 }] }),
      fields: ['steps.0.heldSeconds'],
    },
    {
      case: 'ended before it started',
      log: log({ endedAt: '2030-01-01T07:59:59Z' }),
      fields: ['endedAt'],
    },
    {
      case: 'a broken clock’s year',
      log: log({ endedAt: '1999-12-31T23:00:00Z' }),
      fields: ['endedAt'],
    },
    {
      case: 'bruising and swelling only where it pressed',
      log: log({ after: { ...log().after, bruising: ['BL40:left'], swelling: ['GV3:left'] } }),
      fields: ['after.bruising.0', 'after.swelling.0'],
    },
  ])('$case → $fields', ({ log: l, fields }) => {
    expect(fieldsOf(logIssues(session, l, plan))).toEqual(fields);
  });

  it('holds for every log made of the session’s own sides within their ceilings (property)', () => {
    const sides = session.steps.flatMap((s) => s.sides.map((side) => ({ stepId: s.stepId, side })));
    fc.assert(
      fc.property(
        fc.subarray(sides),
        fc.array(fc.integer({ min: 0, max: 225 }), {
          minLength: sides.length,
          maxLength: sides.length,
        }),
        (chosen, held) => {
          const steps = chosen.map((s, i) => ({
            ...s,
            heldSeconds: held[i]!,
            released: null,
            skipped: false,
          }));
          expect(logIssues(session, log({ steps }), plan)).toEqual([]);
        },
      ),
    );
  });
});

describe('a next-day check fits its session', () => {
  it.each([
    { case: 'after the session ended', check: check(), fields: [] },
    {
      case: 'before the session ended',
      check: check({ at: '2030-01-01T08:11:00Z' }),
      fields: ['at'],
    },
    {
      case: 'a site the session did not press',
      check: check({ swelling: ['BL23:left', 'BL57:left'] }),
      fields: ['swelling.1'],
    },
  ])('$case → $fields', ({ check: c, fields }) => {
    expect(fieldsOf(nextDayIssues(logged, c))).toEqual(fields);
  });

  it.each([
    ['1999-12-31T23:59:59Z', ['startedAt']],
    ['2100-01-01T00:00:00Z', ['startedAt']],
    ['2030-01-01T08:00:00+01:00', []],
  ])('a start at %s → %j', (startedAt, fields) => {
    expect(fieldsOf(startIssues({ ...session, startedAt }))).toEqual(fields);
  });
});

describe('the same part sent again', () => {
  it('is the same start when only the way its time is written differs', () => {
    const stored = { ...session, startedAt: utcTime(session.startedAt) };
    expect(isSameStart(stored, { ...session, startedAt: '2030-01-01T09:00:00+01:00' })).toBe(true);
    expect(isSameStart(stored, { ...session, beforeNrs: 2 })).toBe(false);
  });

  it('is the same log whatever the order of its sites, with tenderness unrated as absent', () => {
    const l = log({ after: { ...log().after, bruising: ['BL23:left', 'BL23:right'] } });
    const again = log({
      endedAt: '2030-01-01T09:12:00+01:00',
      after: { ...log().after, bruising: ['BL23:right', 'BL23:left'] },
    });
    expect(isSameLog(l, again)).toBe(true);
    expect(isSameLog(l, log({ after: { ...l.after, swelling: ['GV3:midline'] } }))).toBe(false);
  });

  it('is the same next-day check whatever the order of its sites', () => {
    const c = check({ bruising: ['BL23:left', 'GV3:midline'] });
    expect(isSameNextDay(c, check({ bruising: ['GV3:midline', 'BL23:left'] }))).toBe(true);
    expect(isSameNextDay(c, check({ bruising: ['GV3:midline'] }))).toBe(false);
  });
});
