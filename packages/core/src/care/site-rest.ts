import type { CareChange } from './care-types.js';
import { SITE_REST_HOURS, SITE_REST_MS } from './care-defaults.js';
import { instant, offsetMinutes, readableDate, readableTime } from './care-time.js';
import type { PlanSide } from '../plan/plan-types.js';
import type { SessionRecord } from '../session/session-record.js';

// Sites reported bruised or swollen rest: clinical-facts §5 says not to press on bruises or on
// swollen areas. How long is not in the sources; at least SITE_REST_HOURS from the latest report
// is the rule, a project safety default (AcupressSafety), and the text says so.

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

/** Sites still resting at `nowMs`: the latest report of each site decides, sorted by site. */
export function restingSites(reports: readonly SiteReport[], nowMs: number): RestingSite[] {
  const latest = new Map<string, SiteReport>();
  for (const r of reports) {
    const seen = latest.get(r.site);
    // The later report wins; at the same instant swelling (the stronger sign) wins.
    if (
      !seen ||
      instant(r.at) > instant(seen.at) ||
      (instant(r.at) === instant(seen.at) && r.problem === 'swelling')
    )
      latest.set(r.site, r);
  }
  const out: RestingSite[] = [];
  for (const r of latest.values()) {
    const untilMs = instant(r.at) + SITE_REST_MS;
    // Resting while fewer than 48 hours have passed; back in the plan at 48 hours.
    if (nowMs >= untilMs) continue;
    out.push({
      site: r.site,
      ...splitSite(r.site),
      problem: r.problem,
      reportedAt: r.at,
      untilMs,
      until: new Date(untilMs).toISOString(),
    });
  }
  return out.sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}

const SIDE_WORDS: Record<PlanSide, string> = {
  left: 'left side',
  right: 'right side',
  midline: 'midline',
};

/** The change shown for a resting site: what, until when, why, and that 48 h is our default. */
export function restChange(rest: RestingSite, label: string): CareChange {
  const what = rest.problem === 'bruising' ? 'a bruise' : 'swelling';
  const until = readableTime(rest.untilMs, offsetMinutes(rest.reportedAt));
  return {
    kind: 'site-resting',
    site: rest.site,
    until: rest.until,
    source: 'AcupressSafety',
    text:
      `${label}, ${SIDE_WORDS[rest.side]}: left out until at least ${until}, because you reported ` +
      `${what} there on ${readableDate(rest.reportedAt)}. Do not press on a bruise or a swollen ` +
      `area. The ${SITE_REST_HOURS}-hour rest is an Acupress safety default, not a trial's rule: ` +
      `if the mark has not faded by then, keep waiting until it has.`,
  };
}
