import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPoint } from './atlas.js';
import { fingerMeasureHint } from './finger-measure.js';
import {
  MEASUREMENT_RANGE_CM,
  cmPerCun,
  describeOffsets,
  parseMeasurements,
} from './personal-scale.js';
import { SEGMENTS, SEGMENT_IDS } from './segments.js';

describe('parseMeasurements', () => {
  it.each([
    [{ 'scapulae-medial-borders': 18 }, { 'scapulae-medial-borders': 18 }],
    [{ 'scapulae-medial-borders': '18.5' }, { 'scapulae-medial-borders': 18.5 }],
    [{ 'scapulae-medial-borders': '' }, {}],
    [{}, {}],
  ])('accepts %j', (input, expected) => {
    expect(parseMeasurements(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ 'scapulae-medial-borders': 500 }, 'scapulae-medial-borders'],
    [{ 'scapulae-medial-borders': -1 }, 'scapulae-medial-borders'],
    [{ 'scapulae-medial-borders': 'abc' }, 'scapulae-medial-borders'],
    [{ 'gluteal-fold-popliteal': Number.NaN }, 'gluteal-fold-popliteal'],
    [{ height: 170 }, 'height'],
    [{ toString: 12 }, 'toString'],
    [{ constructor: 12 }, 'constructor'],
  ])('refuses %j, naming %s', (input, field) => {
    const r = parseMeasurements(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('VALIDATION');
      expect(r.issues?.map((i) => i.field)).toEqual([field]);
    }
  });

  it.each([null, 42, 'x', [1]])('refuses a non-object %j', (input) => {
    expect(parseMeasurements(input).ok).toBe(false);
  });

  it('accepts every in-range value and refuses every out-of-range one (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEGMENT_IDS), fc.double({ noNaN: false }), (segment, cm) => {
        const r = parseMeasurements({ [segment]: cm });
        const valid =
          Number.isFinite(cm) && cm >= MEASUREMENT_RANGE_CM.min && cm <= MEASUREMENT_RANGE_CM.max;
        expect(r.ok).toBe(valid);
        if (r.ok) expect(r.value[segment]).toBe(cm);
        else expect(r.issues?.[0]?.field).toBe(segment);
      }),
    );
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.anything(), (input) => void parseMeasurements(input)));
  });
});

describe('personal scale', () => {
  // docs/clinical-sources.md#b-cun: 6 B-cun between the medial borders of the scapulae.
  it('turns BL23’s 1.5 cun into the person’s centimetres', () => {
    const bl23 = getPoint('BL23')!;
    const [d] = describeOffsets(bl23, { 'scapulae-medial-borders': 18 });
    expect(d).toMatchObject({ cun: 1.5, segment: 'scapulae-medial-borders', cm: 4.5 });
  });

  it('gives cun only when the segment was not measured', () => {
    const [d] = describeOffsets(getPoint('BL23')!, {});
    expect(d?.cm).toBeUndefined();
    expect(d?.fingerHint).toBe('about one and a half thumb widths');
  });

  it('scales linearly with the measured segment (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEGMENT_IDS),
        fc.double({ min: MEASUREMENT_RANGE_CM.min, max: MEASUREMENT_RANGE_CM.max, noNaN: true }),
        (segment, cm) => {
          expect(cmPerCun({ [segment]: cm }, segment)! * SEGMENTS[segment].cun).toBeCloseTo(cm, 9);
        },
      ),
    );
  });
});

// docs/clinical-sources.md#b-cun (CAM): thumb width ≈ 1 cun; four fingers together ≈ 3 cun.
describe('fingerMeasureHint', () => {
  it.each([
    [0.5, 'about half a thumb width'],
    [1, 'about one thumb width'],
    [1.5, 'about one and a half thumb widths'],
    [3, 'about four fingers held together (across the middle knuckles)'],
    [3.5, 'about four fingers held together plus half a thumb width'],
    [6, 'about 2 times four fingers held together'],
    [7, 'about 2 times four fingers held together plus one thumb width'],
  ])('%s cun → %s', (cun, hint) => expect(fingerMeasureHint(cun)).toBe(hint));
});
