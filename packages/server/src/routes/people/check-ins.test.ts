import type { ApiErrorBody as ErrorBody } from '@acupress/core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type Browser, type World } from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

const example = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../../../../docs/examples/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('check-ins', () => {
  let t: TestApp;
  let world: World;
  let client: Browser;
  let practitioner: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    world = await seedWorld(t.database.db);
    client = await signedIn(t.database.db, world.clientA);
    practitioner = await signedIn(t.database.db, world.practitionerA);
  });
  afterAll(() => t.close());

  const save = (by: Browser, person: string, assessment: unknown, ua = 'Test/1') =>
    t.app.inject({
      method: 'POST',
      url: `/api/people/${person}/check-ins`,
      headers: { ...by.headers, 'user-agent': ua },
      payload: { assessment } as Record<string, unknown>,
      remoteAddress: '203.0.113.9',
    });
  const audit = () => t.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

  it('saves an assessment with its plan, for "me"', async () => {
    const res = await save(client, 'me', example('assessment.json'));
    expect(res.statusCode, res.body).toBe(201);
    const body = json<{ id: string; createdAt: string; outcome: unknown }>(res);
    expect(body.outcome).toEqual(example('plan.json'));
    const read = await t.app.inject({
      url: `/api/people/me/check-ins/${body.id}`,
      headers: client.headers,
    });
    expect(read.statusCode).toBe(200);
    expect(json(read)).toMatchObject({
      id: body.id,
      personId: world.clientA.id,
      createdBy: world.clientA.id,
      outcomeKind: 'plan',
      outcome: example('plan.json'),
    });
  });

  it('saves a referral for a red flag', async () => {
    const res = await save(practitioner, world.clientA.id, example('assessment-red-flag.json'));
    expect(res.statusCode).toBe(201);
    expect(json<{ outcome: { kind: string } }>(res).outcome.kind).toBe('referral');
  });

  it('refuses an invalid assessment naming the field, and stores nothing', async () => {
    const before = await t.database.db.selectFrom('check_ins').select('id').execute();
    const bad = example('assessment.json');
    (bad.pain as { intensity: number }[])[0]!.intensity = 11;
    const res = await save(client, 'me', bad);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.issues?.map((i) => i.field)).toContain(
      'assessment.pain.0.intensity',
    );
    const after = await t.database.db.selectFrom('check_ins').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it('lists a person’s check-ins newest first', async () => {
    const res = await t.app.inject({
      url: `/api/people/${world.clientA.id}/check-ins`,
      headers: practitioner.headers,
    });
    expect(res.statusCode).toBe(200);
    const list = json<{ checkIns: { outcomeKind: string }[] }>(res).checkIns;
    expect(list.map((c) => c.outcomeKind)).toEqual(['referral', 'plan']);
  });

  it('does not find another person’s check-in through one’s own id', async () => {
    const mine = json<{ id: string }>(await save(practitioner, 'me', example('assessment.json')));
    const res = await t.app.inject({
      url: `/api/people/me/check-ins/${mine.id}`,
      headers: client.headers,
    });
    expect(res.statusCode).toBe(404);
  });

  it('audits every create, list and read with who, whom, where and the outcome', async () => {
    const entries = await audit();
    const health = entries.filter((e) => e.resource_type === 'check-in');
    const actions = new Set(health.map((e) => e.action));
    expect(actions).toEqual(new Set(['check-in.create', 'check-in.read', 'check-in.list']));
    const create = health.find(
      (e) => e.action === 'check-in.create' && e.actor_user_id === world.practitionerA.id,
    );
    expect(create).toMatchObject({
      clinic_id: world.ownerA.clinicId,
      person_id: world.clientA.id,
      ip: '203.0.113.9',
      user_agent: 'Test/1',
      outcome: 'allowed',
    });
    expect(create?.resource_id).toMatch(/^[0-9a-f-]{36}$/);
    // Ids only: no health content in the log.
    expect(JSON.stringify(entries)).not.toMatch(/lumbar|intensity|BL23/);
  });

  it('audits a refused access too, in the clinic whose record it was', async () => {
    const outsider = await signedIn(t.database.db, world.ownerB);
    const res = await t.app.inject({
      url: `/api/people/${world.clientA.id}/check-ins`,
      headers: outsider.headers,
    });
    expect(res.statusCode).toBe(404);
    const denied = (await audit()).filter((e) => e.outcome === 'denied');
    expect(denied).toContainEqual(
      expect.objectContaining({
        action: 'check-in.list',
        actor_user_id: world.ownerB.id,
        person_id: world.clientA.id,
        clinic_id: world.ownerA.clinicId,
      }),
    );
    const anonymous = await t.app.inject({ url: `/api/people/${world.clientA.id}/check-ins` });
    expect(anonymous.statusCode).toBe(401);
    expect((await audit()).at(-1)).toMatchObject({
      action: 'check-in.list',
      actor_user_id: null,
      outcome: 'denied',
    });
  });

  it('audits a probe for a check-in id that is not this person’s', async () => {
    const probe = '00000000-0000-4000-8000-000000000000';
    const res = await t.app.inject({
      url: `/api/people/${world.clientA.id}/check-ins/${probe}`,
      headers: practitioner.headers,
    });
    expect(res.statusCode).toBe(404);
    expect((await audit()).at(-1)).toMatchObject({
      action: 'check-in.read',
      actor_user_id: world.practitionerA.id,
      resource_id: probe,
      outcome: 'denied',
    });
  });
});
