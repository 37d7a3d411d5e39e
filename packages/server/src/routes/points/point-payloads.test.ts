import { pointDetailSchema, POINTS } from '@acupress/core';
import { describe, expect, it } from 'vitest';
import { pointDetail, pointDetailBytes, pointListBytes } from './point-payloads.js';

describe('precomputed point payloads', () => {
  it('match the documented schema for every point of the atlas', () => {
    for (const p of POINTS) {
      const parsed = pointDetailSchema.parse(JSON.parse(pointDetailBytes(p).toString()));
      expect(parsed.id).toBe(p.id);
    }
  });

  it('are built once and reused', () => {
    const p = POINTS[0]!;
    expect(pointDetailBytes(p)).toBe(pointDetailBytes(p));
    expect(pointListBytes(POINTS)).toBe(pointListBytes(POINTS));
  });

  it('carry every field of the core point (sources expanded)', () => {
    const p = POINTS[0]!;
    const detail = pointDetail(p);
    for (const key of Object.keys(p)) expect(detail).toHaveProperty(key);
  });

  it('list only the given points', () => {
    const two = POINTS.slice(0, 2);
    const list = JSON.parse(pointListBytes(two).toString()) as { points: { id: string }[] };
    expect(list.points.map((x) => x.id)).toEqual(two.map((x) => x.id));
    expect(JSON.parse(pointListBytes([]).toString())).toEqual({ points: [] });
  });
});
