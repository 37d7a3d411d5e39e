// Outcomes: is it working, for this person? Pure numbers with their uncertainty, and the
// personal experiment (N-of-1). See docs/outcomes.md.
export * from './progress-schema.js';
export {
  progressReport,
  progressReportFromHistory,
  CAVEATS,
  type ProgressInput,
} from './progress-report.js';
export { practiceStart, progressWindowStart, type PracticeStart } from './practice-window.js';
export type { CheckInScores } from './questionnaire-change.js';
export { rulesMet, type ChangeRule, type Ratio } from './exact-change.js';
export {
  WINDOW_WEEKS,
  CHANGE_MIN_DAYS,
  CHANGE_MIN_SESSIONS,
  IMMEDIATE_MIN_SESSIONS,
  TREND_MIN_WEEKS,
} from './outcome-defaults.js';
export {
  hodgesLehmann,
  EXACT_MAX_N,
  type HodgesLehmann,
  type ShiftInterval,
} from './hodges-lehmann.js';
export { theilSen, type TheilSen } from './theil-sen.js';
export { normalQuantile } from './normal-quantile.js';
export {
  randomisationTest,
  randomisationInterval,
  type RandomisationTest,
  type RandomisationInterval,
} from './randomisation-test.js';
export { mulberry32 } from './mulberry32.js';
export * from './n-of-1-schema.js';
export * from './n-of-1-defaults.js';
export {
  allocate,
  nOf1DesignSchema,
  parseNOf1Design,
  registerNOf1,
  nOf1Day,
  endDate as nOf1EndDate,
} from './n-of-1-design.js';
export { analyseNOf1, type NOf1AnalysisOptions } from './n-of-1-analysis.js';
export { N_OF_1_LABEL } from './n-of-1-texts.js';
