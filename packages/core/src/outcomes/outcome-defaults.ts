import { MIC_FRACTION, MIC_POINTS, RECENT_DAYS, VERDICT_MIN_DAYS } from '../care/care-defaults.js';

// The numbers the outcome reports use, each with where it comes from (docs/clinical-sources.md,
// "Outcomes"). Thresholds are applied to exact values; rounding is only for display.

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Intervals are 95% (the convention of the trials' reports). */
export const CONFIDENCE = 0.95;

/**
 * Minimal important change in NRS pain (Ostelo 2008): 2 points, or 30% of the starting level.
 * The same constants as the care verdict's, so the two screens can never disagree.
 */
export const MIC = { points: MIC_POINTS, percent: Math.round(MIC_FRACTION * 100) } as const;

/**
 * The statistics read the last 8 practice weeks (an Acupress default): two trial lengths (Godley
 * 2020: about 4 weeks), enough weeks for a trend, recent enough to describe the person now, and a
 * bounded amount of data however long they have practised: at most twice the sessions of the
 * first 4 weeks (DESIGN.md: 2 years must cost within 2× of 4 weeks).
 */
export const WINDOW_WEEKS = 8;

/** "Now": the mean before-session pain of the last 7 days, as the care verdict (Acupress default). */
export const NOW_DAYS = RECENT_DAYS;

/** Change from the start waits 28 days from the first session: the trials ran about 4 weeks (Godley 2020)… */
export const CHANGE_MIN_DAYS = VERDICT_MIN_DAYS;
/** …and at least 5 sessions with a pain rating (Acupress default, the care verdict's number). */
export const CHANGE_MIN_SESSIONS = 5;

/**
 * The within-session change needs 6 sessions rated before and after: with 5 the signed-rank test
 * cannot reach 95% (its smallest two-sided p is 1/16), so no 95% interval exists. Mathematics, not
 * a choice.
 */
export const IMMEDIATE_MIN_SESSIONS = 6;

/** A weekly trend needs 4 weeks with ratings: about the length of the trials (Godley 2020). */
export const TREND_MIN_WEEKS = 4;
