import { z } from 'zod';
import { fail, ok, type Result } from '../result.js';
import { fieldIssues } from './assessment-schema.js';

// A questionnaire a clinic loads under its own licence (ODI, Roland-Morris and others are licensed
// and not shipped; docs/clinical-sources.md#outcome-measures). The definition declares its scoring rule; Acupress only
// computes it.

export const scoringRuleSchema = z.discriminatedUnion('rule', [
  /** Sum of item values (Roland-Morris: count of statements ticked, 0–24). */
  z.object({ rule: z.literal('sum') }),
  /** Mean of answered items (PEG). */
  z.object({ rule: z.literal('mean') }),
  /** total / (max per item × answered) × 100 (ODI v2.1a, docs/clinical-sources.md#outcome-measures). */
  z.object({ rule: z.literal('percent-of-max'), maxPerItem: z.number().positive() }),
]);

const optionSchema = z.object({
  value: z.number().finite(),
  label: z.string().trim().min(1).max(300),
});

export const questionnaireDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and hyphens'),
    title: z.string().trim().min(1).max(200),
    /** Who licensed it to the clinic, and on what terms: required, shown with the questionnaire. */
    licence: z.string().trim().min(1).max(500),
    copyright: z.string().trim().max(500).optional(),
    items: z
      .array(
        z.object({
          id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
          text: z.string().trim().min(1).max(1000),
          options: z.array(optionSchema).min(2).max(20),
        }),
      )
      .min(1)
      .max(100),
    scoring: scoringRuleSchema,
    /** Fewest answered items for a score (ODI allows missing sections). Default: all. */
    minAnswered: z.number().int().positive().optional(),
  })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    d.items.forEach((item, i) => {
      if (ids.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `item id '${item.id}' is used twice`,
        });
      ids.add(item.id);
    });
    if (d.minAnswered !== undefined && d.minAnswered > d.items.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['minAnswered'],
        message: `must be at most the ${d.items.length} items`,
      });
    }
  });

export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinitionSchema>;

export function parseQuestionnaireDefinition(input: unknown): Result<QuestionnaireDefinition> {
  const r = questionnaireDefinitionSchema.safeParse(input);
  return r.success
    ? ok(r.data)
    : fail('VALIDATION', 'the questionnaire definition is not valid', fieldIssues(r.error));
}

export interface QuestionnaireScore {
  score: number;
  answered: number;
}

/** Scores answers (item id → option value) by the definition's declared rule. */
export function scoreQuestionnaire(
  def: QuestionnaireDefinition,
  answers: Record<string, number>,
): Result<QuestionnaireScore> {
  const issues = [];
  const values: number[] = [];
  const known = new Set(def.items.map((i) => i.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      issues.push({ field: `answers.${key}`, message: 'no such item in this questionnaire' });
  }
  for (const item of def.items) {
    const v = answers[item.id];
    if (v === undefined) continue;
    if (!item.options.some((o) => o.value === v)) {
      issues.push({
        field: `answers.${item.id}`,
        message: `must be one of ${item.options.map((o) => o.value).join(', ')}`,
      });
      continue;
    }
    values.push(v);
  }
  const needed = def.minAnswered ?? def.items.length;
  if (issues.length === 0 && values.length < needed) {
    issues.push({
      field: 'answers',
      message: `answer at least ${needed} of the ${def.items.length} items`,
    });
  }
  if (issues.length) return fail('VALIDATION', 'the answers are not valid', issues);
  const total = values.reduce((s, v) => s + v, 0);
  const score =
    def.scoring.rule === 'sum'
      ? total
      : def.scoring.rule === 'mean'
        ? total / values.length
        : (total / (def.scoring.maxPerItem * values.length)) * 100;
  return ok({ score, answered: values.length });
}
