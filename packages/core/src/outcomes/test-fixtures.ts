import data from './fixtures/outcomes-fixtures.json' with { type: 'json' };

// The expected values computed by scripts/outcomes-fixtures/make_fixtures.py (numpy and scipy,
// independently of this code; see the file's `howMade`), with the shapes the tests read.

export interface HlCase {
  name: string;
  values: number[];
  confidence: number;
  n: number;
  estimate: number;
  method: 'exact' | 'normal';
  k: number;
  low?: number;
  high?: number;
  achievedConfidence?: number;
}

export interface TsCase {
  name: string;
  x: number[];
  y: number[];
  confidence: number;
  slope: number;
  intercept: number;
  low: number;
  high: number;
}

type Rules = { points: boolean; percent: boolean };

export interface ProgressCase {
  name: string;
  nowHours: number;
  /** [hours after t0, before NRS, after NRS or null, planned s, pressed s] */
  sessions: [number, number, number | null, number, number][];
  baselineNrs: number | null;
  plannedSessionsPerWeek: number | null;
  expected: {
    weeks: number;
    windowFirstWeek: number;
    currentWeek: number;
    startNrs: number;
    recentRatings: number;
    nowNrs?: number;
    changePoints?: number;
    changePercent?: number | null;
    improvementRules?: Rules;
    worseningRules?: Rules;
    changeEnough: boolean;
    firstWeekRatings: number;
    firstWeekMedian?: number;
    highStart?: boolean;
    immediateSessions: number;
    immediate?: Omit<HlCase, 'name' | 'values' | 'confidence'>;
    weekly: { week: number; meanNrs: number; ratings: number }[];
    trend?: { slope: number; intercept: number; low: number; high: number };
    completeWeeks: number;
    sessionsPerWeek?: number;
    pressedSeconds: number;
    plannedSeconds: number;
  };
}

export interface NOf1Case {
  name: string;
  seed: number;
  pairs: number;
  blockDays: number;
  washoutDays: number;
  alternative: 'two-sided' | 'acupressure-lower';
  ratings: { day: number; nrs: number }[];
  asOfDay: number;
  stoppedDay: number | null;
  expected: {
    allocation: ('acupressure-first' | 'usual-care-first')[];
    pairsComplete: number;
    pairsUsed: number;
    differences?: number[];
    estimate?: number;
    pValue?: number;
    pCount?: number;
    allocationsCounted?: number;
    interval?: { low: number; high: number; achievedConfidence: number } | null;
  };
}

export const fixtures = data as unknown as {
  howMade: string;
  normalQuantile: { p: number; z: number }[];
  hodgesLehmann: HlCase[];
  theilSen: TsCase[];
  progress: { t0: number; cases: ProgressCase[] };
  mulberry32: { seed: number; first: number[]; allocation8: string[] }[];
  nOf1: NOf1Case[];
};
