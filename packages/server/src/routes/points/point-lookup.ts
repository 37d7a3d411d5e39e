import {
  describeOffsets,
  fail,
  getPoint,
  idsForCode,
  invalidInput,
  ok,
  parseMeasurements,
  type Acupoint,
  type OffsetsAnswer,
  type Result,
} from '@acupress/core';

/** A point by id, case-insensitive; a NOT_FOUND that says what to ask for instead. */
export function lookupPoint(code: string): Result<Acupoint> {
  const point = getPoint(code);
  if (point) return ok(point);
  const ids = idsForCode(code);
  if (ids.length > 0) {
    return fail(
      'NOT_FOUND',
      `'${code}' names ${ids.length} acupoints, one per level: ${ids.join(', ')}. ` +
        `Ask for one of them, e.g. GET /api/points/${ids[ids.length - 1]}.`,
    );
  }
  return fail('NOT_FOUND', `No acupoint '${code}'. Codes look like BL23; see GET /api/points.`);
}

/** The point's distances, in the person's centimetres where core accepts their measurements. */
export function offsetsOf(code: string, measurements: unknown): Result<OffsetsAnswer> {
  const found = lookupPoint(code);
  if (!found.ok) return found;
  const parsed = parseMeasurements(measurements);
  if (!parsed.ok) {
    if (!parsed.issues?.length) return parsed;
    const issues = parsed.issues.map((i) => ({ ...i, field: `measurements.${i.field}` }));
    return invalidInput('request body', issues);
  }
  return ok({ id: found.value.id, offsets: describeOffsets(found.value, parsed.value) });
}
