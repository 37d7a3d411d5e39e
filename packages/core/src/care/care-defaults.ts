// The numbers the care rules use, each with where it comes from (docs/clinical-sources.md, "Care
// across sessions"). Where no source gives a number,
// it is the project's own choice, said so here and in the text the person reads
// (source 'AcupressSafety' for a cautious safety default, 'AcupressDefault' otherwise).

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * A site reported bruised (or swollen) rests at least this long from the report. Do not press on
 * bruises or swollen areas (docs/clinical-sources.md, "Bruises and swelling"). The sources give no
 * duration: 48 hours is the
 * issue's rule, a project safety default (AcupressSafety); the text also says to wait until the
 * bruise has faded.
 */
export const SITE_REST_HOURS = 48;
export const SITE_REST_MS = SITE_REST_HOURS * HOUR_MS;

/**
 * Points the pressure target drops for each session that showed signs of too much pressure
 * (reported as too much, strong soreness, a bruise or swelling). Lowering after such signs, and the
 * size of the step, are project defaults (AcupressDefault): no source prescribes them. The reason
 * behind them: Murphy 2019 reports that the few adverse events came from too much pressure, and
 * the trials' adverse effects were mostly soreness from too much pressure (docs/clinical-sources.md,
 * "Pressure and side effects").
 */
export const PRESSURE_STEP = 1;
/** The lowest target the rules lower to, on the 0–10 scale: a project default (AcupressDefault). */
export const PRESSURE_FLOOR = 2;
/** Soreness (0–3) at or above which a session counts as too much pressure: 3, "strong". */
export const STRONG_SORENESS = 3;

/**
 * Two sessions running with pain above the baseline pause the plan. Not from a trial: a project
 * safety default (AcupressSafety). One worse session is common noise in back pain; two in a row
 * is a pattern worth a clinician's look.
 */
export const WORSE_SESSIONS_TO_PAUSE = 2;

/**
 * The progress verdict waits for this many days from the first session: Godley 2020 — the
 * trials of acupressure for low back pain ran about 4 weeks on average (Murphy 2019 ran 6).
 */
export const VERDICT_MIN_DAYS = 28;
/** …and for at least this many logged sessions: "a handful", a project default (AcupressDefault). */
export const VERDICT_MIN_LOGGED = 5;
/** Recent pain: the mean before-session pain of the sessions in this many days up to now (AcupressDefault). */
export const RECENT_DAYS = 7;

/**
 * The plan's frequency, for adherence: one session a day, as in the trial of self-administered
 * acupressure the plan's dose follows (Murphy 2019: daily for 6 weeks; docs/clinical-sources.md).
 * A week in progress asks for one session per day of it so far.
 */
export const PLANNED_SESSIONS_PER_WEEK = 7;

/** Minimal important change in NRS pain (Ostelo 2008, docs/clinical-sources.md): 2 points… */
export const MIC_POINTS = 2;
/** …or 30% of the baseline. */
export const MIC_FRACTION = 0.3;

/**
 * The next-day check is due by elapsed time from the start of the latest logged session, not by
 * calendar days (the server works in UTC and the person in their own zone): from 12 hours after
 * (the evening or the morning after) until 72 hours after (later, "the day after" is remembered too
 * vaguely). Both numbers are project defaults (AcupressDefault).
 */
export const NEXT_DAY_FROM_HOURS = 12;
export const NEXT_DAY_UNTIL_HOURS = 72;
/** The same window's end in days (3), kept for callers that used it. */
export const NEXT_DAY_WINDOW_DAYS = NEXT_DAY_UNTIL_HOURS / 24;
