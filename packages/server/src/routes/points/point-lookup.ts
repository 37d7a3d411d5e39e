import { fail, getPoint, idsForCode, ok, type Acupoint, type Result } from '@acupress/core';

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
