import {
  acupointSchema,
  cautionSchema,
  SEGMENT_IDS,
  SOURCES,
  TEMPLATE_IDS,
  type SegmentId,
  type SourceKey,
  type TemplateId,
} from '@acupress/core';
import { z } from 'zod';

// Response shapes of the points endpoints. Enums come from core's own schema, so a new region
// or meridian in core reaches validation and the OpenAPI document without an edit here.

export const REGIONS = acupointSchema.shape.region.options;
export const MERIDIANS = acupointSchema.shape.meridian.options;
export const CAUTION_FLAGS = cautionSchema.shape.flag.options;
export const TEMPLATES = TEMPLATE_IDS as [TemplateId, ...TemplateId[]];
const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];

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

export type PointSummary = z.infer<typeof pointSummarySchema>;
export type PointDetail = z.infer<typeof pointDetailSchema>;
