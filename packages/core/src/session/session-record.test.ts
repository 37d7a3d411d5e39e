import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  nextDaySchema,
  sessionLogSchema,
  sessionStartSchema,
  type NextDay,
  type SessionLog,
  type SessionStart,
} from './session-record.js';

// The bodies a session sends (start, log, next-day check) refuse unknown keys at every level,
// naming them (issue 9: input is never half-accepted; a misspelt safety answer is not dropped).

const START: SessionStart = {
  checkInId: '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b',
  startedAt: '2026-11-25T08:30:00Z',
  beforeNrs: 6,
  plannedSeconds: 540,
  pressureTarget: 5,
  steps: [{ stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] }],
};
const LOG: SessionLog = {
  endedAt: '2026-11-25T08:45:00Z',
  steps: [{ stepId: 'BL23', side: 'left', heldSeconds: 180, released: true, skipped: false }],
  after: {
    nrs: 4,
    soreness: 1,
    bruising: [],
    swelling: ['BL23:left'],
    pressure: 'about-right',
    note: '',
  },
};
const NEXT_DAY: NextDay = {
  at: '2026-11-26T08:30:00Z',
  nrs: 3,
  soreness: 0,
  bruising: [],
  swelling: [],
};

/** Every object in a body, by its path: where an unknown key can be slipped in. */
const PLACES: { body: string; schema: z.ZodType; value: unknown; path: (string | number)[] }[] = [
  { body: 'start', schema: sessionStartSchema, value: START, path: [] },
  { body: 'start', schema: sessionStartSchema, value: START, path: ['steps', 0] },
  { body: 'log', schema: sessionLogSchema, value: LOG, path: [] },
  { body: 'log', schema: sessionLogSchema, value: LOG, path: ['steps', 0] },
  { body: 'log', schema: sessionLogSchema, value: LOG, path: ['after'] },
  { body: 'next-day', schema: nextDaySchema, value: NEXT_DAY, path: [] },
];

/** A copy of `value` with `key` added to the object at `path`. */
function withKeyAt(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let here = copy;
  for (const p of path) here = here[p] as Record<string | number, unknown>;
  here[key] = true;
  return copy;
}

describe('session bodies refuse unknown keys', () => {
  it.each(PLACES)('$body accepts the valid body', ({ schema, value }) => {
    expect(schema.safeParse(value).success).toBe(true);
  });

  it.each(PLACES.map((p) => ({ ...p, where: p.path.join('.') || '(top)' })))(
    '$body at $where: a misspelt key is refused, named, with the allowed keys',
    ({ schema, value, path }) => {
      const parsed = schema.safeParse(withKeyAt(value, path, 'swellling'));
      expect(parsed.success).toBe(false);
      const issue = parsed.error?.issues[0];
      expect(issue?.code).toBe('unrecognized_keys');
      expect(issue?.path).toEqual(path);
      expect(issue && 'keys' in issue ? issue.keys : []).toEqual(['swellling']);
      expect(issue?.message).toMatch(/^is not a known field; allowed: /);
    },
  );

  it('refuses any key it does not know, at any level, and nothing else (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.string({ minLength: 1, maxLength: 12 }),
        ({ schema, value, path }, key) => {
          let here: unknown = value;
          for (const p of path) here = (here as Record<string | number, unknown>)[p];
          const known = Object.keys(here as object);
          fc.pre(!known.includes(key) && key !== '__proto__');
          const parsed = schema.safeParse(withKeyAt(value, path, key));
          expect(parsed.success).toBe(false);
          expect(parsed.error?.issues).toEqual([
            expect.objectContaining({ code: 'unrecognized_keys', path, keys: [key] }),
          ]);
        },
      ),
    );
  });
});
