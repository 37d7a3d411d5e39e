import {
  describeOffsets,
  pointDetailSchema,
  pointPositions,
  POINTS,
  SOURCES,
  type Acupoint,
  type PointDetail,
  type PointSummary,
} from '@acupress/core';

// The atlas is immutable, so each point's JSON is built once (on first use, keeping startup
// fast) and then sent as bytes: no per-request serialization. Detail payloads go through the
// zod response schema once when built, so what is sent is exactly what OpenAPI documents.

export function pointSummary(p: Acupoint): PointSummary {
  return {
    id: p.id,
    code: p.code,
    pinyin: p.pinyin,
    hanzi: p.hanzi,
    english: p.english,
    meridian: p.meridian,
    region: p.region,
    template: p.template,
    laterality: p.laterality,
    cautions: p.cautions.map((c) => c.flag),
    prescriptionRole: p.prescription.role,
  };
}

export function pointDetail(p: Acupoint): PointDetail {
  return pointDetailSchema.parse({
    ...p,
    sources: p.sources.map((key) => SOURCES[key]),
    positions: pointPositions(p),
    offsets: describeOffsets(p),
  });
}

const summaryJson = new Map<string, string>();
const detailBytes = new Map<string, Buffer>();
let allPointsBytes: Buffer | undefined;

const summaryOf = (p: Acupoint): string => {
  let json = summaryJson.get(p.id);
  if (json === undefined) {
    json = JSON.stringify(pointSummary(p));
    summaryJson.set(p.id, json);
  }
  return json;
};

/** `{ "points": [...] }` for these points, from cached summaries. */
export function pointListBytes(points: readonly Acupoint[]): Buffer {
  const all = points.length === POINTS.length;
  if (all && allPointsBytes) return allPointsBytes;
  const bytes = Buffer.from(`{"points":[${points.map(summaryOf).join(',')}]}`);
  if (all) allPointsBytes = bytes;
  return bytes;
}

/** The full point as JSON bytes, built once per point. */
export function pointDetailBytes(p: Acupoint): Buffer {
  let bytes = detailBytes.get(p.id);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(pointDetail(p)));
    detailBytes.set(p.id, bytes);
  }
  return bytes;
}
