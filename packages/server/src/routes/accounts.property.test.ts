import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type Browser } from '../testing/test-accounts.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

// DESIGN.md, Reliability: random and malformed input to every endpoint never yields a 5xx.
// Here: the account and health-record routes, with and without a session, on PostgreSQL,
// where a malformed id or number is likelier to reach the database as a type error.

const segment = fc.oneof(
  fc.string({ maxLength: 60 }).map(encodeURIComponent),
  fc.constantFrom('me', '0', '-1', '1e400', "'; drop table users; --", '%00', 'x'.repeat(43)),
  fc.uuid(),
);

const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
  fc
    .record(
      {
        email: fc.oneof(fc.emailAddress(), fc.string()),
        password: fc.string({ maxLength: 300 }),
        name: fc.string(),
        clinicName: fc.string(),
        role: fc.constantFrom('client', 'practitioner', 'owner', 'x'),
        currentPassword: fc.string(),
        newPassword: fc.string(),
        assessment: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);

const ROUTES: [string, (s: string) => string][] = [
  ['POST', () => '/api/auth/login'],
  ['POST', () => '/api/setup'],
  ['POST', () => '/api/invitations'],
  ['DELETE', (s) => `/api/invitations/${s}`],
  ['GET', (s) => `/api/invitations/${s}`],
  ['POST', (s) => `/api/invitations/${s}/accept`],
  ['GET', (s) => `/api/password-resets/${s}`],
  ['POST', (s) => `/api/password-resets/${s}`],
  ['POST', (s) => `/api/users/${s}/password-reset`],
  ['DELETE', (s) => `/api/users/${s}`],
  ['POST', () => '/api/account/password'],
  ['POST', (s) => `/api/people/${s}/check-ins`],
  ['GET', (s) => `/api/people/${s}/check-ins`],
  ['GET', (s) => `/api/people/me/check-ins/${s}`],
  ['PUT', (s) => `/api/people/${s}/sessions/${s}`],
  ['PUT', (s) => `/api/people/me/sessions/${s}/log`],
  ['PUT', (s) => `/api/people/me/sessions/${s}/next-day`],
  ['GET', (s) => `/api/people/me/sessions?checkInId=${s}`],
  ['GET', (s) => `/api/people/${s}/care`],
  ['GET', (s) => `/api/audit?limit=${s}&before=${s}`],
  ['GET', (s) => `/api/audit/export?format=${s}`],
];

describe('account routes never answer 5xx to random input', () => {
  let t: TestApp;
  let owner: Browser;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'postgres' });
    const world = await seedWorld(t.database.db);
    owner = await signedIn(t.database.db, world.ownerA);
  });
  afterAll(() => t.close());

  it('with random paths, bodies, cookies and CSRF tokens', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        segment,
        body,
        fc.constantFrom('session', 'none', 'garbage cookie', 'wrong csrf'),
        async ([method, path], s, payload, who) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (who === 'session') Object.assign(headers, owner.headers);
          if (who === 'garbage cookie') headers.cookie = `acupress_session=${s}; x=%`;
          if (who === 'wrong csrf') Object.assign(headers, owner.headers, { 'x-csrf-token': s });
          const url = path(s);
          const res = await t.app.inject({
            method: method as 'GET' | 'POST' | 'PUT' | 'DELETE',
            url,
            headers,
            ...(method === 'GET' ? {} : { payload }),
          });
          expect(res.statusCode, `${method} ${url} ${payload.slice(0, 80)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 600 },
    );
  });
});
