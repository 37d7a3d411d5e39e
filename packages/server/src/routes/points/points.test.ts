import {
  POINTS,
  idsForCode,
  type PointDetail,
  type PointSummary,
  type PointList as List,
  type ApiErrorBody as ErrorBody,
} from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

describe('points API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const list = async (query: string): Promise<PointSummary[]> => {
    const res = await t.app.inject({ url: `/api/points${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return json<List>(res).points;
  };

  describe('GET /api/points', () => {
    it('lists every point as a summary, in atlas order', async () => {
      const points = await list('');
      expect(points.map((p) => p.id)).toEqual(POINTS.map((p) => p.id));
      const bl23 = points.find((p) => p.id === 'BL23');
      expect(bl23).toEqual({
        id: 'BL23',
        code: 'BL23',
        pinyin: 'Shenshu',
        hanzi: expect.any(String) as string,
        english: 'Kidney Transport Point',
        meridian: 'Bladder',
        region: 'lumbar',
        template: 'posterior',
        laterality: 'bilateral',
        cautions: ['lumbosacral'],
        prescriptionRole: expect.any(String) as string,
      });
    });

    it('filters by free text, accent- and case-insensitively', async () => {
      expect((await list('?q=shenshu')).map((p) => p.id)).toContain('BL23');
      expect((await list('?q=%20%20')).length).toBe(POINTS.length);
      expect(await list('?q=no-such-point-anywhere')).toEqual([]);
    });

    it.each([
      ['region', 'lumbar', (p: PointSummary) => p.region === 'lumbar'],
      ['meridian', 'Bladder', (p: PointSummary) => p.meridian === 'Bladder'],
      ['template', 'posterior', (p: PointSummary) => p.template === 'posterior'],
      ['caution', 'pregnancy', (p: PointSummary) => p.cautions.includes('pregnancy')],
    ])('filters by %s=%s', async (name, value, keep) => {
      const points = await list(`?${name}=${encodeURIComponent(value)}`);
      expect(points.length).toBeGreaterThan(0);
      expect(points.every(keep)).toBe(true);
      expect(points.length).toBe((await list('')).filter(keep).length);
    });

    it('combines filters', async () => {
      const points = await list('?region=lumbar&meridian=Extra');
      expect(points.length).toBeGreaterThan(0);
      expect(points.every((p) => p.region === 'lumbar' && p.meridian === 'Extra')).toBe(true);
    });

    it.each(['region', 'meridian', 'caution', 'template'])(
      'answers an unknown %s with 400 naming the field and the allowed values',
      async (field) => {
        const res = await t.app.inject({ url: `/api/points?${field}=nonsense` });
        expect(res.statusCode).toBe(400);
        const { error } = json<ErrorBody>(res);
        expect(error.code).toBe('VALIDATION');
        expect(error.issues).toHaveLength(1);
        expect(error.issues![0]!.field).toBe(field);
        expect(error.issues![0]!.message).toMatch(/^must be one of: \S+, /);
        expect(error.message).toContain(field);
      },
    );

    it('answers an unknown parameter with 400 naming it and the known ones', async () => {
      const res = await t.app.inject({ url: '/api/points?regoin=lumbar' });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).error.issues).toEqual([
        {
          field: 'regoin',
          message: 'is not a known field; allowed: q, region, meridian, caution, template',
        },
      ]);
    });

    it('answers a repeated parameter with 400', async () => {
      const res = await t.app.inject({ url: '/api/points?region=lumbar&region=sacral' });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).error.issues?.[0]?.field).toBe('region');
    });
  });

  describe('GET /api/points/:code', () => {
    it('returns the full point with positions, offsets and citations', async () => {
      const res = await t.app.inject({ url: '/api/points/BL23' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const point = json<PointDetail>(res);
      const core = POINTS.find((p) => p.id === 'BL23')!;
      const rest: Partial<typeof core> = { ...core };
      delete rest.sources;
      expect(point).toMatchObject(JSON.parse(JSON.stringify(rest)) as object);
      expect(point.positions.length).toBe(2); // bilateral
      expect(point.offsets[0]).toMatchObject({ cun: 1.5, segment: 'scapulae-medial-borders' });
      expect(point.sources.map((s) => s.key)).toEqual(core.sources);
      expect(point.sources[0]!.citation).toMatch(/WHO/);
    });

    it('is case-insensitive', async () => {
      const a = await t.app.inject({ url: '/api/points/bl23' });
      const b = await t.app.inject({ url: '/api/points/ex-b2-l4' });
      expect(a.statusCode).toBe(200);
      expect(json<PointDetail>(a).id).toBe('BL23');
      expect(json<PointDetail>(b).id).toBe('EX-B2-L4');
    });

    it('answers an unknown code with 404 and how codes look', async () => {
      const res = await t.app.inject({ url: '/api/points/XX99' });
      expect(res.statusCode).toBe(404);
      expect(json(res)).toEqual({
        error: {
          code: 'NOT_FOUND',
          message: "No acupoint 'XX99'. Codes look like BL23; see GET /api/points.",
        },
      });
    });

    it('answers a code shared by several entries (EX-B2) with 404 listing their ids', async () => {
      const res = await t.app.inject({ url: '/api/points/EX-B2' });
      expect(res.statusCode).toBe(404);
      const { message } = json<ErrorBody>(res).error;
      for (const id of idsForCode('EX-B2')) expect(message).toContain(id);
    });

    it('answers an over-long code with 400', async () => {
      const res = await t.app.inject({ url: `/api/points/${'A'.repeat(41)}` });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).error.issues?.[0]?.field).toBe('code');
    });

    it('serves every point of the atlas', async () => {
      for (const p of POINTS) {
        const res = await t.app.inject({ url: `/api/points/${p.id}` });
        expect(res.statusCode, p.id).toBe(200);
      }
    });
  });

  describe('POST /api/points/:code/offsets', () => {
    const post = (code: string, payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: `/api/points/${code}/offsets`,
        payload: payload as object,
      });

    it("gives distances in the person's centimetres", async () => {
      const res = await post('BL23', { measurements: { 'scapulae-medial-borders': 18 } });
      expect(res.statusCode).toBe(200);
      // 1.5 cun of a 6-cun, 18 cm segment: 4.5 cm.
      expect(json(res)).toMatchObject({ id: 'BL23', offsets: [{ cun: 1.5, cm: 4.5 }] });
    });

    it("names each invalid measurement with core's message", async () => {
      const res = await post('BL23', { measurements: { elbow: 3, 'cubital-wrist': 900 } });
      expect(res.statusCode).toBe(400);
      const fields = json<ErrorBody>(res).error.issues?.map((i) => i.field);
      expect(fields).toEqual(['measurements.elbow', 'measurements.cubital-wrist']);
    });

    it('requires the measurements field', async () => {
      const res = await post('BL23', {});
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).error.issues).toEqual([
        { field: 'measurements', message: 'is required' },
      ]);
    });

    it('answers an unknown point with 404', async () => {
      const res = await post('XX99', { measurements: {} });
      expect(res.statusCode).toBe(404);
    });
  });

  describe('GET /api/templates/:id', () => {
    it('returns the drawing of a body template', async () => {
      const res = await t.app.inject({ url: '/api/templates/posterior' });
      expect(res.statusCode).toBe(200);
      expect(json(res)).toMatchObject({
        id: 'posterior',
        outlinePath: expect.stringMatching(/^M/) as string,
      });
    });

    it('answers an unknown template with 404 listing the templates', async () => {
      const res = await t.app.inject({ url: '/api/templates/sideways' });
      expect(res.statusCode).toBe(404);
      expect(json<ErrorBody>(res).error.message).toContain('posterior');
    });
  });
});
