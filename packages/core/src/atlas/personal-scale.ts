import { fail, ok, type FieldIssue, type Result } from '../result.js';
import { fingerMeasureHint } from './finger-measure.js';
import { SEGMENTS } from './segments.js';
import type { Acupoint, SegmentId } from './types.js';

/** A person's own measurements of B-cun segments, in centimetres. */
export type Measurements = Partial<Record<SegmentId, number>>;

// Plausible adult ranges, to catch typing slips (mm for cm, a missing digit). Not clinical
// thresholds: a value outside is refused with the range, never silently changed.
export const MEASUREMENT_RANGE_CM = { min: 3, max: 80 } as const;

/** Checks user input; unknown segments and out-of-range values are named field by field. */
export function parseMeasurements(input: unknown): Result<Measurements> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('VALIDATION', 'measurements must be an object of segment id to centimetres');
  }
  const issues: FieldIssue[] = [];
  const out: Measurements = {};
  for (const [key, raw] of Object.entries(input as Record<string, unknown>)) {
    if (!Object.hasOwn(SEGMENTS, key)) {
      issues.push({
        field: key,
        message: `unknown segment; allowed: ${Object.keys(SEGMENTS).join(', ')}`,
      });
      continue;
    }
    if (raw === null || raw === undefined || raw === '') continue;
    const cm = typeof raw === 'string' ? Number(raw) : raw;
    if (
      typeof cm !== 'number' ||
      !Number.isFinite(cm) ||
      cm < MEASUREMENT_RANGE_CM.min ||
      cm > MEASUREMENT_RANGE_CM.max
    ) {
      issues.push({
        field: key,
        message: `must be a number of centimetres from ${MEASUREMENT_RANGE_CM.min} to ${MEASUREMENT_RANGE_CM.max}`,
      });
      continue;
    }
    out[key as SegmentId] = cm;
  }
  return issues.length ? fail('VALIDATION', 'some measurements are not valid', issues) : ok(out);
}

/** Centimetres per B-cun of a segment for this person, if they measured it. */
export function cmPerCun(measurements: Measurements, segment: SegmentId): number | undefined {
  const cm = measurements[segment];
  return cm === undefined ? undefined : cm / SEGMENTS[segment].cun;
}

export interface OffsetDescription {
  cun: number;
  segment: SegmentId;
  segmentLabel: string;
  /** The person's own distance, when they measured this segment (one decimal). */
  cm?: number;
  fingerHint: string;
}

/** Every B-cun distance in a point's location, in cun and (where measured) in the person's cm. */
export function describeOffsets(
  point: Acupoint,
  measurements: Measurements = {},
): OffsetDescription[] {
  return point.sites.flatMap((site) =>
    site.offsets.map((o) => {
      const scale = cmPerCun(measurements, o.segment);
      const base = {
        cun: o.cun,
        segment: o.segment,
        segmentLabel: SEGMENTS[o.segment].label,
        fingerHint: fingerMeasureHint(o.cun),
      };
      return scale === undefined ? base : { ...base, cm: Math.round(o.cun * scale * 10) / 10 };
    }),
  );
}
