// Writes docs/schemas (JSON Schemas of the assessment and the plan outcome) and docs/examples
// from the core's zod schemas and engine. `--check` fails if the committed files are stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  assessmentSchema,
  makePlan,
  parseAssessment,
  planOutcomeSchema,
  type AssessmentInput,
} from '@acupress/core';
import { baseAssessment } from '../packages/core/src/plan/test-assessments.js';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

const example: AssessmentInput = baseAssessment();
example.pain = [
  { region: 'lumbar-midline', intensity: 6, quality: 'aching' },
  { region: 'buttock-left', intensity: 4, quality: 'aching' },
];
example.radiation = { side: 'left', extent: 'below-knee' };
example.questionnaires = { nrs: 6, peg: { pain: 6, enjoyment: 4, activity: 5 } };
example.preferences = { mode: 'self-care', minutes: 20, sides: 'both' };

const referralExample: AssessmentInput = {
  ...baseAssessment(),
  redFlags: { ...baseAssessment().redFlags, 'saddle-numbness': true },
};

const outcome = (a: AssessmentInput): unknown => {
  const parsed = parseAssessment(a);
  if (!parsed.ok) throw new Error(`example is invalid: ${JSON.stringify(parsed.issues)}`);
  return makePlan(parsed.value);
};

const files: Record<string, unknown> = {
  'docs/schemas/assessment.schema.json': z.toJSONSchema(assessmentSchema, { io: 'input' }),
  'docs/schemas/plan-outcome.schema.json': z.toJSONSchema(planOutcomeSchema),
  'docs/examples/assessment.json': example,
  'docs/examples/plan.json': outcome(example),
  'docs/examples/assessment-red-flag.json': referralExample,
  'docs/examples/referral.json': outcome(referralExample),
};

let stale = 0;
for (const [path, value] of Object.entries(files)) {
  const text = JSON.stringify(value, null, 2) + '\n';
  const full = join(root, path);
  if (check) {
    let old = '';
    try {
      old = readFileSync(full, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (old !== text) {
      console.error(`${path} is out of date: run npm run docs:schemas`);
      stale++;
    }
  } else {
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    console.log(`wrote ${path}`);
  }
}
if (check && stale === 0) console.log('docs/schemas and docs/examples are up to date');
process.exitCode = stale ? 1 : 0;
