import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanOutcome } from '@acupress/core';
import { EDGE_ROWS } from '../../../core/src/plan/test-api-rows.js';
import { createTestApp, json, type TestApp } from '../test-app.js';

const example = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../../../docs/examples/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

interface ErrorBody {
  error: { code: string; issues?: { field: string; message: string }[] };
}

describe('POST /api/plans/preview', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const preview = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/plans/preview',
      payload: payload as Record<string, unknown>,
    });

  it('returns the plan with every decision explained', async () => {
    const res = await preview(example('assessment.json'));
    expect(res.statusCode, res.body).toBe(200);
    const plan = json<{
      kind: string;
      steps: { pointId?: string; reason: string }[];
      decisions: unknown[];
    }>(res);
    expect(plan.kind).toBe('plan');
    expect(plan.steps.map((s) => s.pointId)).toContain('BL23');
    expect(plan).toEqual(example('plan.json'));
  });

  it('returns a referral (200) for a red flag, and no plan', async () => {
    const res = await preview(example('assessment-red-flag.json'));
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ kind: 'referral', urgency: 'emergency' });
    expect(json(res)).not.toHaveProperty('steps');
  });

  it.each([
    [
      'an NRS of 11',
      (a: Record<string, unknown>) => void (a.questionnaires = { nrs: 11 }),
      'questionnaires.nrs',
    ],
    [
      'an unknown region',
      (a: Record<string, unknown>) =>
        void (a.pain = [{ region: 'elbow', intensity: 3, quality: 'aching' }]),
      'pain.0.region',
    ],
    [
      'contradictory radiation',
      (a: Record<string, unknown>) => void (a.radiation = { side: 'none', extent: 'below-knee' }),
      'radiation.extent',
    ],
    [
      'a missing red-flag answer',
      (a: Record<string, unknown>) =>
        void delete (a.redFlags as Record<string, unknown>)['saddle-numbness'],
      'redFlags.saddle-numbness',
    ],
  ])('answers 400 naming the field for %s', async (_name, patch, field) => {
    const body = example('assessment.json');
    patch(body);
    const res = await preview(body);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.issues?.map((i) => i.field)).toContain(field);
  });

  it.each(EDGE_ROWS)(
    'applies the safety rule: $name ($source)',
    async ({ patch, invalid, referral, safety = [], how = [], check }) => {
      const body = example('assessment.json');
      patch(body);
      const res = await preview(body);
      if (invalid) {
        expect(res.statusCode, res.body).toBe(400);
        expect(json<ErrorBody>(res).error.issues?.map((i) => i.field)).toContain(invalid);
        return;
      }
      expect(res.statusCode, res.body).toBe(200);
      const out = json<PlanOutcome>(res);
      if (referral) {
        expect(out).toMatchObject({ kind: 'referral', urgency: referral });
        return;
      }
      expect(out.kind).toBe('plan');
      if (out.kind !== 'plan') return;
      const left = (category: string) =>
        out.decisions.filter((d) => !d.included && d.category === category).map((d) => d.id);
      for (const id of safety) expect(left('safety'), `${id} left out for safety`).toContain(id);
      for (const id of how) expect(left('how'), `${id} left out for how`).toContain(id);
      check?.(out);
    },
  );

  it('is in the OpenAPI document with both schemas', async () => {
    const doc = json<{
      paths: Record<string, { post?: { requestBody?: unknown; responses?: unknown } }>;
    }>(await t.app.inject({ url: '/api/openapi.json' }));
    const op = doc.paths['/api/plans/preview']?.post;
    expect(JSON.stringify(op?.requestBody)).toContain('redFlags');
    expect(JSON.stringify(op?.responses)).toContain('referral');
  });

  it('never answers 5xx to random bodies (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.constant(example('assessment.json'))),
        async (body) => {
          const res = await t.app.inject({
            method: 'POST',
            url: '/api/plans/preview',
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(body) ?? 'null',
          });
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('POST /api/questionnaires/score', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const definition = {
    id: 'tick-list',
    title: 'A tick list',
    licence: 'Test licence',
    items: ['a', 'b', 'c'].map((id) => ({
      id,
      text: `Statement ${id}`,
      options: [
        { value: 0, label: 'no' },
        { value: 1, label: 'yes' },
      ],
    })),
    scoring: { rule: 'sum' },
  };

  it('scores by the declared rule', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/questionnaires/score',
      payload: { definition, answers: { a: 1, b: 1, c: 0 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({ score: 2, answered: 3 });
  });

  it('refuses an answer outside the options, naming the item', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/questionnaires/score',
      payload: { definition, answers: { a: 5, b: 1, c: 0 } },
    });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.issues?.map((i) => i.field)).toEqual(['answers.a']);
  });

  it('refuses a definition without a licence', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/questionnaires/score',
      payload: { definition: { ...definition, licence: '' }, answers: {} },
    });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.issues?.map((i) => i.field)).toContain('definition.licence');
  });
});
