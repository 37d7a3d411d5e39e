// A guided session for route and storage tests: core's fixture (one definition for both).
export {
  nextDay,
  sessionLog,
  sessionStart,
} from '../../../core/src/session/test-session-records.js';
