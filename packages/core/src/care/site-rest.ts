import type { CareChange } from './care-types.js';
import { SITE_REST_HOURS, SITE_REST_MS } from './care-defaults.js';
import { instant } from './care-time.js';
import type { PlanSide } from '../plan/plan-types.js';
import type { SessionRecord } from '../session/session-record.js';

// Sites reported bruised or swollen rest: do not press on bruises or on swollen areas
// (docs/clinical-sources.md, "Bruises and swelling"). How long is not in the sources; at least SITE_REST_HOURS from the latest report
// is the rule, a project safety default (AcupressSafety), and the text says so. A site is
// a step id and a side (`BL23:left`); reports from all the person's sessions count. Tender spots
// are numbered per plan (`ashi-1`), so a spot with the same number in a newer plan rests too: the
// cautious reading.

export type SiteProblem = 'bruising' | 'swelling';

/** One site named in an after-session log or a next-day check. */
export interface SiteReport {
  site: string;
  problem: SiteProblem;
  /** When it was reported: the log's end, or the next-day check's time. */
  at: string;
  sessionId: string;
}

export interface RestingSite {
  site: string;
  stepId: string;
  side: PlanSide;
  problem: SiteProblem;
  reportedAt: string;
  sessionId: string;
  /** Epoch ms and ISO (UTC) of the end of the rest. */
  untilMs: number;
  until: string;
}

/** Every bruise and swelling report, in the sessions given. */
export function siteReports(sessions: readonly SessionRecord[]): SiteReport[] {
  const out: SiteReport[] = [];
  for (const s of sessions) {
    const sources = [
      s.log ? { at: s.log.endedAt, ...s.log.after } : undefined,
      s.nextDay ? { ...s.nextDay } : undefined,
    ];
    for (const r of sources) {
      if (!r) continue;
      for (const site of r.bruising)
        out.push({ site, problem: 'bruising', at: r.at, sessionId: s.id });
      for (const site of r.swelling)
        out.push({ site, problem: 'swelling', at: r.at, sessionId: s.id });
    }
  }
  return out;
}

const splitSite = (site: string): { stepId: string; side: PlanSide } => {
  const i = site.lastIndexOf(':');
  return { stepId: site.slice(0, i), side: site.slice(i + 1) as PlanSide };
};

/** The latest report of each site (a later report wins; at the same instant, swelling). */
function latestPerSite(reports: readonly SiteReport[]): SiteReport[] {
  const latest = new Map<string, SiteReport>();
  for (const r of reports) {
    const seen = latest.get(r.site);
    if (
      !seen ||
      instant(r.at) > instant(seen.at) ||
      (instant(r.at) === instant(seen.at) && r.problem === 'swelling')
    )
      latest.set(r.site, r);
  }
  return [...latest.values()].sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}

function toRest(r: SiteReport): RestingSite {
  const untilMs = instant(r.at) + SITE_REST_MS;
  return {
    site: r.site,
    ...splitSite(r.site),
    problem: r.problem,
    reportedAt: r.at,
    sessionId: r.sessionId,
    untilMs,
    until: new Date(untilMs).toISOString(),
  };
}

/**
 * Sites still resting at `nowMs`, sorted by site: the latest report of each site decides; resting
 * while fewer than 48 hours have passed, back in the plan at 48 hours. Reports from every session
 * count, whichever check-in it followed: a new check-in does not end a rest.
 */
export const restingSites = (reports: readonly SiteReport[], nowMs: number): RestingSite[] =>
  latestPerSite(reports)
    .map(toRest)
    .filter((r) => nowMs < r.untilMs);

export const SIDE_WORDS: Record<PlanSide, string> = {
  left: 'left side',
  right: 'right side',
  midline: 'midline',
};

/**
 * Sites whose rest is over but which have not been pressed since: no session started after the
 * rest ended. Their step carries a cue to check the mark has faded first (do not press on a
 * bruise or a swollen area; the 48 hours are only our minimum).
 */
export function returningSites(
  reports: readonly SiteReport[],
  sessions: readonly SessionRecord[],
  nowMs: number,
): RestingSite[] {
  const latestStart = Math.max(-Infinity, ...sessions.map((s) => instant(s.startedAt)));
  return latestPerSite(reports)
    .map(toRest)
    .filter((r) => nowMs >= r.untilMs && latestStart < r.untilMs);
}

/** The cue on a returning site's step, shown in the session player before pressing. */
export const returningCue = (rest: RestingSite): string =>
  `Back after a rest: you reported ${rest.problem === 'bruising' ? 'a bruise' : 'swelling'} on the ${SIDE_WORDS[rest.side]} here. Before pressing, check it has faded; if it has not, leave that side out this time and wait longer (do not press on a bruise or a swollen area).`;

/** The change shown for a resting site: what, for how long, why, and that 48 h is our default. */
export function restChange(rest: RestingSite, label: string): CareChange {
  const what = rest.problem === 'bruising' ? 'a bruise' : 'swelling';
  return {
    kind: 'site-resting',
    site: rest.site,
    until: rest.until,
    since: new Date(instant(rest.reportedAt)).toISOString(),
    sessionId: rest.sessionId,
    source: 'AcupressSafety',
    text:
      `${label}, ${SIDE_WORDS[rest.side]}: left out for at least ${SITE_REST_HOURS} hours from your ` +
      `report of ${what} there. Do not press on a bruise or a swollen area. When it comes back, ` +
      `check the mark has faded before pressing; if it has not, leave it out longer. The ` +
      `${SITE_REST_HOURS}-hour rest is an Acupress safety default, not a trial's rule.`,
  };
}
