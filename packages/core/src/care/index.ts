export type * from './care-types.js';
export { careFor } from './care-for.js';
export {
  careSchema,
  careChangeSchema,
  sessionSummarySchema,
  weekSummarySchema,
  progressSchema,
} from './care-schema.js';
export {
  SITE_REST_HOURS,
  PRESSURE_STEP,
  PRESSURE_FLOOR,
  STRONG_SORENESS,
  WORSE_SESSIONS_TO_PAUSE,
  VERDICT_MIN_DAYS,
  VERDICT_MIN_LOGGED,
  RECENT_DAYS,
  PLANNED_SESSIONS_PER_WEEK,
  MIC_POINTS,
  MIC_FRACTION,
  NEXT_DAY_FROM_HOURS,
  NEXT_DAY_UNTIL_HOURS,
  NEXT_DAY_WINDOW_DAYS,
} from './care-defaults.js';
