import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedWorld, signedIn } from '../testing/test-accounts.js';
import { createTestApp, json } from '../testing/test-app.js';
import { exampleAssessmentJson } from '../testing/test-examples.js';

// Issue 9: every request body the API takes refuses unknown keys, at every level, with a 400
// that names the key; a misspelt field is never silently dropped. The routes come from the
// router, so a new route with a body and no row here fails this file.

const bodyRoutes = new Set<string>();
const t = await createTestApp({
  setup: (app) =>
    app.addHook('onRoute', (route) => {
      if (route.schema?.body) bodyRoutes.add(`${String(route.method)} ${route.url}`);
    }),
});
afterAll(() => t.close());
const world = await seedWorld(t.database.db);

/**
 * Bodies that are core's domain schemas (the assessment; a guided session's start, log and
 * next-day check): their strictness at every level is core's, proven by their own route tests.
 */
const CORE_DOMAIN_BODIES = [
  'POST /api/plans/preview',
  'PUT /api/people/:personId/sessions/:sessionId',
  'PUT /api/people/:personId/sessions/:sessionId/log',
  'PUT /api/people/:personId/sessions/:sessionId/next-day',
];

const definition = {
  id: 'tick-list',
  title: 'A tick list',
  licence: 'Test licence',
  items: [
    {
      id: 'a',
      text: 'Statement a',
      options: [
        { value: 0, label: 'no' },
        { value: 1, label: 'yes' },
      ],
    },
  ],
  scoring: { rule: 'sum' },
};

interface Row {
  /** A request of the route with a body that is valid but for `unknown`. */
  url: string;
  body: Record<string, unknown>;
  /** Signed in (the body is read only after the access hook lets the request in). */
  signedIn?: boolean;
  /** The dotted path of the unknown key, as the 400 must name it. */
  unknown: string;
}

const ROWS: Record<string, Row[]> = {
  'POST /api/setup': [
    {
      url: '/api/setup',
      body: { clinicName: 'C', name: 'N', email: 'n@example.org', password: PASSWORD, rol: 'x' },
      unknown: 'rol',
    },
  ],
  'POST /api/auth/login': [
    {
      url: '/api/auth/login',
      body: { email: 'n@example.org', password: PASSWORD, remember: true },
      unknown: 'remember',
    },
  ],
  'POST /api/invitations': [
    {
      url: '/api/invitations',
      body: { role: 'client', emial: 'x@example.org' },
      signedIn: true,
      unknown: 'emial',
    },
  ],
  'POST /api/invitations/:token/accept': [
    {
      url: '/api/invitations/some-token/accept',
      body: { name: 'N', email: 'n@example.org', password: PASSWORD, role: 'owner' },
      unknown: 'role',
    },
  ],
  'POST /api/password-resets/:token': [
    {
      url: '/api/password-resets/some-token',
      body: { password: PASSWORD, email: 'x' },
      unknown: 'email',
    },
  ],
  'POST /api/account/password': [
    {
      url: '/api/account/password',
      body: { currentPassword: PASSWORD, newPassword: 'a new long password', confirm: 'x' },
      signedIn: true,
      unknown: 'confirm',
    },
  ],
  'DELETE /api/account': [
    {
      url: '/api/account',
      body: { password: PASSWORD, force: true },
      signedIn: true,
      unknown: 'force',
    },
  ],
  'POST /api/people/:personId/check-ins': [
    {
      url: '/api/people/me/check-ins',
      body: { assessment: exampleAssessmentJson(), note: 'x' },
      signedIn: true,
      unknown: 'note',
    },
  ],
  'POST /api/points/:code/offsets': [
    {
      url: '/api/points/BL23/offsets',
      body: { measurements: { 'scapulae-medial-borders': 17 }, units: 'cm' },
      unknown: 'units',
    },
    {
      url: '/api/points/BL23/offsets',
      body: { measurements: { 'scapulae-medial-border': 17 } },
      unknown: 'measurements.scapulae-medial-border',
    },
  ],
  'POST /api/questionnaires/score': [
    {
      url: '/api/questionnaires/score',
      body: { definition, answers: { a: 1 }, x: 1 },
      unknown: 'x',
    },
    {
      url: '/api/questionnaires/score',
      body: { definition: { ...definition, minAnswerd: 1 }, answers: { a: 1 } },
      unknown: 'definition.minAnswerd',
    },
    {
      url: '/api/questionnaires/score',
      body: {
        definition: { ...definition, items: [{ ...definition.items[0], weight: 2 }] },
        answers: { a: 1 },
      },
      unknown: 'definition.items.0.weight',
    },
    {
      url: '/api/questionnaires/score',
      body: { definition: { ...definition, scoring: { rule: 'sum', max: 3 } }, answers: { a: 1 } },
      unknown: 'definition.scoring.max',
    },
  ],
};

describe('request bodies refuse unknown keys', () => {
  it('has a row for every route that takes a body', () => {
    expect(bodyRoutes.size).toBeGreaterThanOrEqual(12);
    const covered = [...Object.keys(ROWS), ...CORE_DOMAIN_BODIES].sort();
    expect([...bodyRoutes].sort()).toEqual(covered);
  });

  const cases = Object.entries(ROWS).flatMap(([key, rows]) => rows.map((row) => ({ key, ...row })));
  it.each(cases)(
    '$key names $unknown',
    async ({ key, url, body, signedIn: asSomeone, unknown }) => {
      const headers = asSomeone ? (await signedIn(t.database.db, world.ownerA)).headers : {};
      const res = await t.app.inject({
        method: key.split(' ')[0] as 'POST' | 'DELETE',
        url,
        headers,
        payload: body,
      });
      expect(res.statusCode, res.body).toBe(400);
      const { error } = json<{
        error: { code: string; message: string; issues: { field: string }[] };
      }>(res);
      expect(error.code).toBe('VALIDATION');
      expect(error.issues.map((i) => i.field)).toEqual([unknown]);
      expect(error.message).toContain(unknown);
    },
  );
});
