import { z } from 'zod';
import { acupointSchema, cautionSchema } from '../atlas/point-schema.js';
import { SEGMENT_IDS } from '../atlas/segments.js';
import { SOURCES } from '../atlas/sources.js';
import { TEMPLATE_IDS } from '../atlas/templates/index.js';
import type { SegmentId, SourceKey, TemplateId } from '../atlas/types.js';
import { strictObject } from '../strict-object.js';

// /api/points: the atlas, its list with filters, one point, and a point's distances in a
// person's own centimetres. Enums come from core's own schema, so a new region or meridian in
// core reaches validation and the OpenAPI document without an edit here.

const REGIONS = acupointSchema.shape.region.options;
const MERIDIANS = acupointSchema.shape.meridian.options;
const CAUTION_FLAGS = cautionSchema.shape.flag.options;
const TEMPLATES = TEMPLATE_IDS as [TemplateId, ...TemplateId[]];
const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];

/** GET /api/points: every parameter filters. */
export const pointQuery = strictObject({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Free text matched against id, code, pinyin, English name and Chinese characters'),
  region: z.enum(REGIONS).optional().describe('Body region of the point'),
  meridian: z
    .enum(MERIDIANS)
    .optional()
    .describe('Meridian (channel) of the point; Extra for extra points'),
  caution: z.enum(CAUTION_FLAGS).optional().describe('Only points carrying this caution'),
  template: z.enum(TEMPLATES).optional().describe('Body diagram the point is drawn on'),
});

export const pointCodeParams = strictObject({
  code: z.string().min(1).max(40).describe('Atlas id, case-insensitive: BL23, ex-b2-l4'),
});

export const pointSummarySchema = z
  .object({
    id: z.string().describe('Atlas id: the WHO code, plus a level for Jiaji (EX-B2-L4)'),
    code: z.string().describe('WHO code; several ids can share one (EX-B2)'),
    pinyin: z.string(),
    hanzi: z.string(),
    english: z.string(),
    meridian: z.enum(MERIDIANS),
    region: z.enum(REGIONS),
    template: z.enum(TEMPLATES),
    laterality: z.enum(['bilateral', 'midline']),
    cautions: z.array(z.enum(CAUTION_FLAGS)).describe('Caution flags; details in the full point'),
    prescriptionRole: z.enum(['main', 'added', 'related']),
  })
  .meta({ id: 'PointSummary' });

export const pointListSchema = z
  .object({ points: z.array(pointSummarySchema) })
  .describe('The matching points, in atlas order (possibly none)');

export const sourceSchema = z
  .object({
    key: z.enum(SOURCE_KEYS),
    citation: z.string(),
    usedFor: z.string(),
  })
  .meta({ id: 'Source' });

export const offsetSchema = z
  .object({
    cun: z.number(),
    segment: z.enum(SEGMENT_IDS as [SegmentId, ...SegmentId[]]),
    segmentLabel: z.string(),
    cm: z.number().optional().describe("The person's own distance, when they measured the segment"),
    fingerHint: z.string(),
  })
  .meta({ id: 'OffsetDescription' });

export const placedSiteSchema = z.object({
  x: z.number(),
  y: z.number(),
  side: z.enum(['left', 'right', 'midline']),
  siteIndex: z.number().int(),
});

export const pointDetailSchema = acupointSchema
  .omit({ sources: true })
  .extend({
    sources: z.array(sourceSchema).describe('Citations of the facts about this point'),
    positions: z
      .array(placedSiteSchema)
      .describe("Where the point is drawn on its template, in the template's SVG coordinates"),
    offsets: z.array(offsetSchema).describe('Every B-cun distance of the location'),
  })
  .meta({
    id: 'Acupoint',
    description: 'A point of the atlas with its drawing positions, distances and citations',
  });

/** POST /api/points/:code/offsets: nothing is stored. */
export const offsetsBody = strictObject({
  measurements: z
    .record(z.string(), z.union([z.number(), z.string(), z.null()]))
    .describe('Centimetres per B-cun segment id, e.g. { "scapulae-medial-borders": 18 }'),
});

export const offsetsAnswerSchema = z
  .object({ id: z.string(), offsets: z.array(offsetSchema) })
  .describe('Every B-cun distance of the point, with centimetres where measured');

export type PointQuery = z.infer<typeof pointQuery>;
export type PointSummary = z.infer<typeof pointSummarySchema>;
export type PointDetail = z.infer<typeof pointDetailSchema>;
export type OffsetsAnswer = z.infer<typeof offsetsAnswerSchema>;
export type PointList = z.infer<typeof pointListSchema>;
