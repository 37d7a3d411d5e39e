import { readFileSync } from 'node:fs';
import {
  HTTP_STATUS,
  assessmentSchema,
  authorize,
  makePlan,
  type AccessDecision,
  type Action,
  type Target,
} from '@acupress/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { RouteAccess } from '../http/route-access.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { createRepositories } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';
import { newId } from '../storage/ids.js';
import { addPerson, PASSWORD, seedWorld, signedIn } from '../testing/test-accounts.js';
import { createTestApp } from '../testing/test-app.js';
import { nextDay, sessionLog, sessionStart } from '../testing/test-sessions.js';

// Every route × every kind of caller × every kind of target, against core's policy.
// The routes come from the router itself: a new route without `config.access`, or without a
// row in FIXTURES below, fails this file, so no route can be left out of the matrix.

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/${name}`, import.meta.url), 'utf8'));

const routes = new Map<string, RouteAccess | undefined>();
const t = await createTestApp({
  setup: (app) =>
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') routes.set(`${method} ${route.url}`, route.config?.access);
      }
    }),
});
afterAll(() => t.close());

const db = t.database.db;
const repos = createRepositories(db);
const world = await seedWorld(db);
const ACTORS = {
  'no session': null,
  'owner A': world.ownerA,
  'practitioner A': world.practitionerA,
  'client A': world.clientA,
  'client A2': world.clientA2,
  'owner B': world.ownerB,
} as const;
type ActorName = keyof typeof ACTORS;

/** Whom a person-scoped route acts on, relative to the actor. */
const TARGETS = ['self', 'client A', 'person in clinic B'] as const;
type TargetName = (typeof TARGETS)[number];

// One check-in per person, for the routes that read one.
const checkInOf = new Map<string, string>();
const assessment = assessmentSchema.parse(example('assessment.json'));
for (const person of [
  world.ownerA,
  world.practitionerA,
  world.clientA,
  world.clientA2,
  world.ownerB,
  world.clientB,
]) {
  const saved = await repos.checkIns.create(
    {
      clinicId: person.clinicId,
      personId: person.id,
      createdBy: person.id,
      assessment,
      outcome: makePlan(assessment),
    },
    new Date(),
  );
  checkInOf.set(person.id, saved.id);
}
const loginUser = await addPerson(db, world.ownerB.clinicId, 'client', 'login');

interface Case {
  actor: User | null;
  /** The target person (person routes), or the clinic a resource is in (for `also`). */
  target?: User;
  targetName?: TargetName;
}

interface Prepared {
  url: string;
  payload?: unknown;
  /** The person actually acted on, when the fixture made a stand-in for the target. */
  target?: User;
}

interface Fixture {
  /** Which targets to try: person routes and routes on a resource of a clinic. */
  targets?: boolean;
  /** The request to send (the caller's cookie and CSRF token are added). */
  request(c: Case): Promise<Prepared> | Prepared;
  /** The status when the policy allows. */
  ok: number | ((c: Case) => number);
  /** A second decision the route makes itself, on a resource it loads. */
  also?: (c: Case) => { action: Action; target: Target };
}

let n = 0;
const unique = (): number => (n += 1);
const newInvitation = async (clinicOwner: User): Promise<{ id: string; token: string }> => {
  const token = newToken();
  const inv = await repos.invitations.create(
    {
      tokenHash: hashToken(token),
      clinicId: clinicOwner.clinicId,
      role: 'client',
      email: null,
      createdBy: clinicOwner.id,
      expiresAt: new Date(Date.now() + 3600_000),
    },
    new Date(),
  );
  return { id: inv.id, token };
};
const newReset = async (): Promise<string> => {
  const token = newToken();
  await repos.passwordResets.create(
    {
      tokenHash: hashToken(token),
      userId: loginUser.id,
      createdBy: world.ownerB.id,
      expiresAt: new Date(Date.now() + 3600_000),
    },
    new Date(),
  );
  return token;
};
/** A guided session of the target's check-in, logged if asked: for the routes on one. */
const newSession = async (person: User, logged: boolean): Promise<string> => {
  const id = newId();
  const start = sessionStart(checkInOf.get(person.id)!);
  await repos.practiceSessions.createIfAbsent(
    { id, clinicId: person.clinicId, personId: person.id, createdBy: person.id, start },
    new Date(),
  );
  if (logged) await repos.practiceSessions.putLog(person.id, id, sessionLog(), new Date());
  return id;
};
const clinicOwnerOf = (target: User | undefined): User =>
  target?.clinicId === world.ownerB.clinicId ? world.ownerB : world.ownerA;
/** A disposable person standing where the target stands (for routes that delete it). */
const standIn = async (c: Case): Promise<User> =>
  c.targetName === 'self' || !c.target
    ? c.target!
    : addPerson(db, c.target.clinicId, c.target.role, 'stand-in');

const FIXTURES: Record<string, Fixture> = {
  // The atlas and other public, stateless routes.
  'GET /api/health': { request: () => ({ url: '/api/health' }), ok: 200 },
  'GET /api/points': { request: () => ({ url: '/api/points?region=lumbar' }), ok: 200 },
  'GET /api/points/:code': { request: () => ({ url: '/api/points/BL23' }), ok: 200 },
  'POST /api/points/:code/offsets': {
    request: () => ({
      url: '/api/points/BL23/offsets',
      payload: { measurements: { 'scapulae-medial-borders': 17 } },
    }),
    ok: 200,
  },
  'GET /api/templates/:id': { request: () => ({ url: '/api/templates/posterior' }), ok: 200 },
  'POST /api/plans/preview': {
    request: () => ({ url: '/api/plans/preview', payload: example('assessment.json') }),
    ok: 200,
  },
  'POST /api/questionnaires/score': {
    request: () => ({
      url: '/api/questionnaires/score',
      payload: {
        definition: {
          id: 'tick-list',
          title: 'A tick list',
          licence: 'Test licence',
          items: ['a', 'b'].map((id) => ({
            id,
            text: `Statement ${id}`,
            options: [
              { value: 0, label: 'no' },
              { value: 1, label: 'yes' },
            ],
          })),
          scoring: { rule: 'sum' },
        },
        answers: { a: 1, b: 0 },
      },
    }),
    ok: 200,
  },
  'GET /api/openapi.json': { request: () => ({ url: '/api/openapi.json' }), ok: 200 },
  'GET /api/docs': { request: () => ({ url: '/api/docs' }), ok: 200 },
  'GET /api/docs/docs.css': { request: () => ({ url: '/api/docs/docs.css' }), ok: 200 },

  // Session: public by nature.
  'GET /api/session': { request: () => ({ url: '/api/session' }), ok: 200 },
  'POST /api/setup': {
    request: () => ({
      url: '/api/setup',
      payload: {
        clinicName: 'Takeover',
        name: 'Mallory',
        email: `mallory-${unique()}@example.org`,
        password: PASSWORD,
      },
    }),
    ok: 409, // set up already: for everyone, whoever asks
  },
  'POST /api/auth/login': {
    request: () => ({
      url: '/api/auth/login',
      payload: { email: loginUser.email, password: PASSWORD },
    }),
    ok: 200,
  },
  'POST /api/auth/logout': { request: () => ({ url: '/api/auth/logout' }), ok: 204 },
  'GET /api/invitations/:token': {
    request: async () => ({ url: `/api/invitations/${(await newInvitation(world.ownerA)).token}` }),
    ok: 200,
  },
  'POST /api/invitations/:token/accept': {
    request: async () => ({
      url: `/api/invitations/${(await newInvitation(world.ownerA)).token}/accept`,
      payload: { name: 'New', email: `new-${unique()}@example.org`, password: PASSWORD },
    }),
    ok: 201,
  },
  'GET /api/password-resets/:token': {
    request: async () => ({ url: `/api/password-resets/${await newReset()}` }),
    ok: 200,
  },
  'POST /api/password-resets/:token': {
    request: async () => ({
      url: `/api/password-resets/${await newReset()}`,
      payload: { password: PASSWORD },
    }),
    ok: 204,
  },

  // Account settings: any signed-in account, on itself.
  'POST /api/account/password': {
    request: () => ({
      url: '/api/account/password',
      payload: { currentPassword: 'not the password', newPassword: 'a new long password' },
    }),
    ok: 400, // allowed in, then refused for the wrong current password: nothing changes
  },
  'POST /api/account/sign-out-everywhere': {
    request: () => ({ url: '/api/account/sign-out-everywhere' }),
    ok: 204,
  },
  'GET /api/account/export': { request: () => ({ url: '/api/account/export' }), ok: 200 },
  'DELETE /api/account': {
    request: () => ({ url: '/api/account', payload: { password: 'not the password' } }),
    ok: 400,
  },

  // The clinic.
  'GET /api/users': { request: () => ({ url: '/api/users' }), ok: 200 },
  'POST /api/invitations': {
    request: () => ({ url: '/api/invitations', payload: { role: 'client' } }),
    ok: 201,
  },
  'GET /api/invitations': { request: () => ({ url: '/api/invitations' }), ok: 200 },
  'DELETE /api/invitations/:id': {
    targets: true, // an invitation in the target's clinic
    request: async (c) => ({
      url: `/api/invitations/${(await newInvitation(clinicOwnerOf(c.target))).id}`,
    }),
    ok: 204,
    also: (c) => ({ action: 'invite.client', target: { clinicId: c.target!.clinicId } }),
  },
  'GET /api/audit': { request: () => ({ url: '/api/audit?limit=5' }), ok: 200 },
  'GET /api/audit/export': { request: () => ({ url: '/api/audit/export?format=json' }), ok: 200 },

  // People and their health records.
  'DELETE /api/users/:id': {
    targets: true,
    request: async (c) => {
      const target = await standIn(c);
      return { url: `/api/users/${target.id}`, target };
    },
    ok: (c) => (c.targetName === 'self' ? 409 : 204),
  },
  'POST /api/users/:id/password-reset': {
    targets: true,
    request: (c) => ({ url: `/api/users/${c.target!.id}/password-reset` }),
    ok: 201,
  },
  'POST /api/people/:personId/check-ins': {
    targets: true,
    request: (c) => ({
      url: `/api/people/${c.target!.id}/check-ins`,
      payload: { assessment: example('assessment.json') },
    }),
    ok: 201,
  },
  'GET /api/people/:personId/check-ins': {
    targets: true,
    request: (c) => ({ url: `/api/people/${c.target!.id}/check-ins` }),
    ok: 200,
  },
  'GET /api/people/:personId/check-ins/:id': {
    targets: true,
    request: (c) => ({
      url: `/api/people/${c.target!.id}/check-ins/${checkInOf.get(c.target!.id)}`,
    }),
    ok: 200,
  },
  'PUT /api/people/:personId/sessions/:sessionId': {
    targets: true,
    request: (c) => ({
      url: `/api/people/${c.target!.id}/sessions/${newId()}`,
      payload: sessionStart(checkInOf.get(c.target!.id)!),
    }),
    ok: 201,
  },
  'PUT /api/people/:personId/sessions/:sessionId/log': {
    targets: true,
    request: async (c) => ({
      url: `/api/people/${c.target!.id}/sessions/${await newSession(c.target!, false)}/log`,
      payload: sessionLog(),
    }),
    ok: 200,
  },
  'PUT /api/people/:personId/sessions/:sessionId/next-day': {
    targets: true,
    request: async (c) => ({
      url: `/api/people/${c.target!.id}/sessions/${await newSession(c.target!, true)}/next-day`,
      payload: nextDay(),
    }),
    ok: 200,
  },
  'GET /api/people/:personId/sessions': {
    targets: true,
    request: (c) => ({ url: `/api/people/${c.target!.id}/sessions` }),
    ok: 200,
  },
  'GET /api/people/:personId/care': {
    targets: true,
    request: (c) => ({ url: `/api/people/${c.target!.id}/care` }),
    ok: 200,
  },
};

const targetOf = (actor: User | null, name: TargetName): User =>
  name === 'self' ? actor! : name === 'client A' ? world.clientA : world.clientB;

const actorOf = (u: User) => ({ userId: u.id, clinicId: u.clinicId, role: u.role });

/** What core's policy says about this case, from the route's declared access. */
function decide(access: RouteAccess, fixture: Fixture, c: Case): AccessDecision {
  const actor = c.actor && actorOf(c.actor);
  let first: AccessDecision;
  if (access === 'public') first = { allowed: true };
  else if (access === 'session') first = authorize(actor, 'account.self');
  else if (access.on === 'clinic')
    first = authorize(actor, access.action, { clinicId: actor?.clinicId });
  else {
    const p = c.target!;
    first = authorize(actor, access.action, {
      clinicId: p.clinicId,
      personId: p.id,
      personRole: p.role,
    });
  }
  if (!first.allowed || !fixture.also) return first;
  const { action, target } = fixture.also(c);
  return authorize(actor, action, target);
}

describe('every route declares its access and has a row in the matrix', () => {
  it('found the routes from the router', () => {
    expect(routes.size).toBeGreaterThanOrEqual(30);
  });

  it.each([...routes.keys()])('%s declares config.access', (key) => {
    expect(routes.get(key), `${key} has no config.access`).toBeDefined();
  });

  it('has a fixture for every route and a route for every fixture', () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(FIXTURES).sort());
  });
});

const cases = [...routes.keys()].flatMap((key) => {
  const fixture = FIXTURES[key];
  if (!fixture) return [];
  return (Object.keys(ACTORS) as ActorName[]).flatMap((actorName) => {
    const targets: (TargetName | undefined)[] = fixture.targets
      ? TARGETS.filter((x) => !(x === 'self' && actorName === 'no session'))
      : [undefined];
    return targets.map((targetName) => ({ key, actorName, targetName }));
  });
});

describe('authorisation matrix', () => {
  it.each(cases)('$key · $actorName · $targetName', async ({ key, actorName, targetName }) => {
    const fixture = FIXTURES[key]!;
    const access = routes.get(key)!;
    const actor = ACTORS[actorName];
    const named: Case = {
      actor,
      ...(targetName ? { target: targetOf(actor, targetName), targetName } : {}),
    };
    const { url, payload, target } = await fixture.request(named);
    const c: Case = target ? { ...named, target } : named;
    const decision = decide(access, fixture, c);
    const ok = typeof fixture.ok === 'function' ? fixture.ok(c) : fixture.ok;
    const expected = decision.allowed ? ok : HTTP_STATUS[decision.code];

    const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'DELETE';
    const headers = actor ? (await signedIn(db, actor)).headers : {};
    const res = await t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    expect(
      res.statusCode,
      `${key} as ${actorName} on ${targetName ?? '-'}: ${res.body.slice(0, 200)}`,
    ).toBe(expected);
  });

  it('agrees with the hand-written rules at the points that matter most', async () => {
    // Not derived from the policy: the issue's own sentences, checked end to end.
    const get = async (actor: User, person: User) =>
      (
        await t.app.inject({
          url: `/api/people/${person.id}/check-ins`,
          headers: (await signedIn(db, actor)).headers,
        })
      ).statusCode;
    expect(await get(world.clientA, world.clientA)).toBe(200); // a client sees their own
    expect(await get(world.clientA2, world.clientA)).toBe(404); // not another client's
    expect(await get(world.practitionerA, world.clientA)).toBe(200); // their clinic's clients
    expect(await get(world.practitionerA, world.ownerA)).toBe(404); // not the owner's
    expect(await get(world.ownerA, world.practitionerA)).toBe(200); // the owner: everyone
    expect(await get(world.ownerB, world.clientA)).toBe(404); // never another clinic
  });
});
