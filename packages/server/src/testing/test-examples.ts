import { readFileSync } from 'node:fs';
import { parseAssessment, type Assessment } from '@acupress/core';

// The documented example assessment (docs/examples/assessment.json), which tests send and store:
// if the documented example stopped being valid, every test using it would say so.

/** As a client sends it: the JSON of docs/examples/assessment.json. */
export function exampleAssessmentJson(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL('../../../../docs/examples/assessment.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

/** As core parses it. */
export function exampleAssessment(): Assessment {
  const parsed = parseAssessment(exampleAssessmentJson());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}
