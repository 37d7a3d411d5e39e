// Writes docs/schemas (JSON Schemas of the assessment, the plan outcome, a guided session's
// start, log and next-day check, and care) and docs/examples from the core's zod schemas and
// engine. `--check` fails if the committed files are stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  assessmentSchema,
  careFor,
  careSchema,
  makePlan,
  nextDaySchema,
  parseAssessment,
  planOutcomeSchema,
  planStepId,
  planStepLabel,
  sessionItems,
  sessionLogSchema,
  sessionStartSchema,
  type AssessmentInput,
  type NextDay,
  type Plan,
  type SessionLog,
  type SessionStart,
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

// A guided session of the example plan, its log, the next day's check, and the care made from
// them. Fixed ids and times, so the files change only when the engines do.
const plan = outcome(example) as Plan;
const checkInId = '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b';
const sessionId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const items = sessionItems(plan);
const sessionStartExample: SessionStart = {
  checkInId,
  startedAt: '2026-11-25T08:30:00.000Z',
  beforeNrs: 6,
  plannedSeconds: items.reduce((sum, i) => sum + i.holdSeconds, 0),
  pressureTarget: plan.pressure.target,
  steps: plan.steps.map((step) => ({
    stepId: planStepId(step),
    label: planStepLabel(step),
    sides: step.sides,
  })),
};
const sessionLogExample: SessionLog = {
  endedAt: '2026-11-25T09:05:00.000Z',
  steps: items.map((item, i) => ({
    stepId: item.stepId,
    side: item.side,
    heldSeconds: i === items.length - 1 ? 0 : item.holdSeconds,
    released: i === items.length - 1 ? null : i % 2 === 0,
    ...(i === 0 ? { tenderness: 2 } : {}),
    skipped: i === items.length - 1,
  })),
  after: {
    nrs: 4,
    soreness: 1,
    bruising: [`${items[0]!.stepId}:${items[0]!.side}`],
    swelling: [],
    pressure: 'about-right',
    note: 'Easier to stand up from the chair.',
  },
};
const nextDayExample: NextDay = {
  at: '2026-11-26T08:00:00.000Z',
  nrs: 4,
  soreness: 0,
  bruising: [],
  swelling: [],
};
const careExample = careFor({
  plan,
  checkInId,
  checkInAt: '2026-11-24T18:00:00.000Z',
  baselineNrs: 6,
  sessions: [
    {
      id: sessionId,
      ...sessionStartExample,
      log: sessionLogExample,
      nextDay: nextDayExample,
    },
  ],
  now: '2026-11-26T08:05:00.000Z',
});
for (const [name, schema, value] of [
  ['session start', sessionStartSchema, sessionStartExample],
  ['session log', sessionLogSchema, sessionLogExample],
  ['next-day check', nextDaySchema, nextDayExample],
  ['care', careSchema, careExample],
] as const) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${name} example is invalid: ${parsed.error.message}`);
}

const files: Record<string, unknown> = {
  'docs/schemas/assessment.schema.json': z.toJSONSchema(assessmentSchema, { io: 'input' }),
  'docs/schemas/plan-outcome.schema.json': z.toJSONSchema(planOutcomeSchema),
  'docs/examples/assessment.json': example,
  'docs/examples/plan.json': outcome(example),
  'docs/examples/assessment-red-flag.json': referralExample,
  'docs/examples/referral.json': outcome(referralExample),
  'docs/schemas/session-start.schema.json': z.toJSONSchema(sessionStartSchema, { io: 'input' }),
  'docs/schemas/session-log.schema.json': z.toJSONSchema(sessionLogSchema, { io: 'input' }),
  'docs/schemas/session-next-day.schema.json': z.toJSONSchema(nextDaySchema, { io: 'input' }),
  'docs/schemas/care.schema.json': z.toJSONSchema(careSchema),
  'docs/examples/session-start.json': sessionStartExample,
  'docs/examples/session-log.json': sessionLogExample,
  'docs/examples/session-next-day.json': nextDayExample,
  'docs/examples/care.json': careExample,
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
