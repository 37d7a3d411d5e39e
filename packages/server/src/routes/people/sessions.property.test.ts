import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type Browser } from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { exampleAssessmentJson } from '../../testing/test-examples.js';
import { nextDay, sessionLog, sessionStart } from '../../testing/test-sessions.js';

// DESIGN.md, Reliability: random and malformed input to every endpoint never yields a 5xx.
// Here: guided sessions, with bodies near the real ones (right keys, wild values: times at the
// edges of the calendar, out-of-range numbers, unknown steps and sides), on PostgreSQL, which is
// stricter than SQLite about what reaches a column.

const time = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .date({
      min: new Date('2029-12-31T00:00:00Z'),
      max: new Date('2030-01-03T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+14:00',
    '9999-12-31T23:59:59-14:00',
    '2030-01-01T08:00:00.123456789Z',
    '2024-02-29T00:00:00+23:59',
    '2030-01-01T08:00:00Z',
  ),
  fc.string({ maxLength: 30 }),
);
const number = fc.oneof(
  fc.integer({ min: -5, max: 15 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.string({ maxLength: 3 }),
);
const stepId = fc.constantFrom('BL23', 'GV3', 'ashi-1', 'BL40', 'x', '', 'bl23');
const side = fc.constantFrom('left', 'right', 'midline', 'up');
const site = fc.oneof(
  fc.constantFrom('BL23:left', 'GV3:midline', 'BL40:left', 'BL23:up'),
  fc.string({ maxLength: 50 }),
);
const text = fc.string({ maxLength: 130, unit: 'binary' });

/** A valid body with up to three of its fields replaced by wild ones (none: a valid body). */
const mutated = (valid: object, wild: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(wild, fc.nat(3))
    .map(([w, n]) => ({ ...valid, ...Object.fromEntries(Object.entries(w).slice(0, n)) }));

const startBody = fc.record(
  {
    checkInId: fc.oneof(fc.uuid(), fc.string()),
    startedAt: time,
    beforeNrs: number,
    plannedSeconds: number,
    pressureTarget: number,
    steps: fc.array(fc.record({ stepId, label: text, sides: fc.array(side, { maxLength: 3 }) }), {
      maxLength: 4,
    }),
  },
  { requiredKeys: [] },
);
const logBody = fc.record(
  {
    endedAt: time,
    steps: fc.array(
      fc.record(
        {
          stepId,
          side,
          heldSeconds: number,
          released: fc.oneof(fc.boolean(), fc.constant(null), number),
          tenderness: number,
          skipped: fc.oneof(fc.boolean(), number),
        },
        { requiredKeys: ['stepId', 'side', 'heldSeconds', 'released', 'skipped'] },
      ),
      { maxLength: 5 },
    ),
    after: fc.record(
      {
        nrs: number,
        soreness: number,
        bruising: fc.array(site, { maxLength: 3 }),
        swelling: fc.array(site, { maxLength: 3 }),
        pressure: fc.constantFrom('too-light', 'about-right', 'too-much', 'hard'),
        note: text,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const nextDayBody = fc.record(
  {
    at: time,
    nrs: number,
    soreness: number,
    bruising: fc.array(site, { maxLength: 3 }),
    swelling: fc.array(site, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('guided-session routes never answer 5xx to random input', () => {
  let t: TestApp;
  let client: Browser;
  let checkInId: string;
  let logged: string;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'postgres' });
    const world = await seedWorld(t.database.db);
    client = await signedIn(t.database.db, world.clientA);
    const assessment = exampleAssessmentJson();
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/people/me/check-ins',
      headers: client.headers,
      payload: { assessment },
    });
    checkInId = json<{ id: string }>(saved).id;
    logged = randomUUID();
    await put(`/api/people/me/sessions/${logged}`, sessionStart(checkInId));
    await put(`/api/people/me/sessions/${logged}/log`, sessionLog());
  });
  afterAll(() => t.close());

  const put = (url: string, payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url,
      headers: client.headers,
      payload: payload as Record<string, unknown>,
    });
  const id = () =>
    fc.oneof(
      { arbitrary: fc.constant(logged), weight: 3 },
      fc.uuid(),
      fc.string({ maxLength: 40 }),
    );

  it('PUT a start, a log and a next-day check with wild values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated(sessionStart(checkInId), startBody).map((b) => ['', b] as const),
          mutated(sessionLog(), logBody).map((b) => ['/log', b] as const),
          mutated(nextDay(), nextDayBody).map((b) => ['/next-day', b] as const),
        ),
        id(),
        async ([suffix, payload], sessionId) => {
          const url = `/api/people/me/sessions/${encodeURIComponent(sessionId)}${suffix}`;
          const res = await put(url, payload);
          expect(res.statusCode, `${url} ${JSON.stringify(payload).slice(0, 200)}`).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 400 },
    );
    // Whatever was stored is still readable, and care can be made from it.
    for (const url of ['/api/people/me/sessions', '/api/people/me/care']) {
      const res = await t.app.inject({ url, headers: client.headers });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    }
  });
});
