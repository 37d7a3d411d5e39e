import { z } from 'zod';
import { SEGMENT_IDS } from './segments.js';
import { TEMPLATE_IDS } from './templates/index.js';
import { MERIDIANS, REGIONS, SOURCE_KEYS } from './vocabulary.js';

// The schema every atlas entry must satisfy (checked in tests and usable by importers of
// clinic-supplied point data). Mirrors types.ts.

const sourceKey = z.enum(SOURCE_KEYS);
const direction = z.enum([
  'lateral',
  'medial',
  'superior',
  'inferior',
  'anterior',
  'posterior',
  'radial',
  'ulnar',
  'proximal',
  'distal',
]);
const nonEmpty = z.string().trim().min(1);

const cunOffset = z
  .object({
    cun: z.number().positive().max(20),
    segment: z.enum(SEGMENT_IDS as [string, ...string[]]),
    direction: direction.optional(),
    toward: nonEmpty.optional(),
    towardPoint: nonEmpty.optional(),
  })
  .refine(
    (o) => [o.direction, o.toward, o.towardPoint].filter((v) => v !== undefined).length === 1,
    { message: 'an offset needs exactly one of direction, toward or towardPoint' },
  );

const beside = z.object({ direction, of: nonEmpty });

const site = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('at'),
    anchor: z.union([z.object({ landmark: nonEmpty }), z.object({ point: nonEmpty })]),
    offsets: z.array(cunOffset),
    beside: z.array(beside).optional(),
  }),
  z.object({
    kind: z.literal('between'),
    from: nonEmpty,
    to: nonEmpty,
    fraction: z.number().gt(0).lt(1),
    offsets: z.array(cunOffset),
    beside: z.array(beside).optional(),
  }),
]);

export const cautionSchema = z.object({
  flag: z.enum(['pregnancy', 'lumbosacral', 'vessel', 'nerve', 'varicose-veins', 'calf-swelling']),
  note: nonEmpty,
  source: sourceKey,
  verified: z.boolean(),
});

export const acupointSchema = z.object({
  id: z
    .string()
    .regex(
      /^[A-Z]{2}(-[A-Z]{1,2})?\d{1,2}(-[TL]\d{1,2})?$/,
      'an upper-case WHO code, optionally with a level',
    ),
  code: z.string().regex(/^[A-Z]{2}(-[A-Z]{1,2})?\d{1,2}$/),
  pinyin: nonEmpty,
  hanzi: z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only'),
  english: nonEmpty,
  meridian: z.enum(MERIDIANS),
  region: z.enum(REGIONS),
  template: z.enum(TEMPLATE_IDS as [string, ...string[]]),
  laterality: z.enum(['bilateral', 'midline']),
  sites: z.array(site).min(1),
  locationFacts: nonEmpty,
  instructions: z.array(nonEmpty).min(1),
  byTouch: nonEmpty,
  cautions: z.array(cautionSchema),
  prescription: z.discriminatedUnion('role', [
    z.object({ role: z.literal('main') }),
    z.object({ role: z.literal('added'), pattern: nonEmpty }),
    z.object({ role: z.literal('related') }),
  ]),
  sources: z.array(sourceKey).min(1),
  notInWho08: z.boolean().optional(),
});
