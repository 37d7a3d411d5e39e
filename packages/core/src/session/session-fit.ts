import { dequal } from 'dequal';
import { HOLD_SECONDS } from '../plan/dosing.js';
import type { Plan } from '../plan/plan-types.js';
import type { FieldIssue } from '../result.js';
import {
  siteKey,
  type NextDay,
  type SessionLog,
  type SessionRecord,
  type SessionStart,
} from './session-record.js';
import { maxHeldSeconds, maxHeldSecondsFor } from './session-timing.js';

// What the schemas cannot check alone: whether a start, a log or a next-day check fits the
// session it is for (its steps, sides and times), and whether one sent again is the one stored.
// Each problem names its field, like a schema error. The server refuses what does not fit.

/** Client times are kept in one form (UTC, milliseconds), so a retry compares equal. */
export const utcTime = (time: string): string => new Date(time).toISOString();

/** Whether a start sent again is the one stored (times compared as instants). */
export function isSameStart(stored: SessionRecord, start: SessionStart): boolean {
  return dequal(
    {
      checkInId: stored.checkInId,
      startedAt: stored.startedAt,
      beforeNrs: stored.beforeNrs,
      plannedSeconds: stored.plannedSeconds,
      pressureTarget: stored.pressureTarget,
      steps: stored.steps,
    },
    {
      checkInId: start.checkInId,
      startedAt: utcTime(start.startedAt),
      beforeNrs: start.beforeNrs,
      plannedSeconds: start.plannedSeconds,
      pressureTarget: start.pressureTarget,
      steps: start.steps.map((s) => ({ stepId: s.stepId, label: s.label, sides: s.sides })),
    },
  );
}

/**
 * Whether a next-day check sent again is the one stored: its time compared as an instant, and
 * bruising and swelling as sets of sites (the order a list was ticked in says nothing).
 */
export function isSameNextDay(stored: NextDay, check: NextDay): boolean {
  const norm = (c: NextDay) => ({
    at: utcTime(c.at),
    nrs: c.nrs,
    soreness: c.soreness,
    bruising: [...new Set(c.bruising)].sort(),
    swelling: [...new Set(c.swelling)].sort(),
  });
  return dequal(norm(stored), norm(check));
}

/**
 * Whether a log sent again is the one stored: times as instants, an unrated tenderness as
 * absent, bruising and swelling as sets of sites.
 */
export function isSameLog(stored: SessionLog, log: SessionLog): boolean {
  const norm = (l: SessionLog) => ({
    endedAt: utcTime(l.endedAt),
    steps: l.steps.map((s) => ({ ...s, tenderness: s.tenderness ?? null })),
    after: {
      ...l.after,
      bruising: [...new Set(l.after.bruising)].sort(),
      swelling: [...new Set(l.after.swelling)].sort(),
    },
  });
  return dequal(norm(stored), norm(log));
}

// Years a session can be in. PostgreSQL has no year 0 and SQLite compares times as text, so a
// broken clock's year 0 or 10000 is refused here rather than stored (or failing as a 500).
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function timeIssues(times: Record<string, string>): FieldIssue[] {
  return Object.entries(times).flatMap(([field, time]) => {
    const ms = Date.parse(time);
    return ms >= EARLIEST && ms < LATEST
      ? []
      : [{ field, message: 'must be a time between the years 2000 and 2099 (UTC)' }];
  });
}

export const startIssues = (start: SessionStart): FieldIssue[] =>
  timeIssues({ startedAt: start.startedAt });

const sitesOf = (session: SessionRecord): Set<string> =>
  new Set(session.steps.flatMap((s) => s.sides.map((side) => siteKey(s.stepId, side))));

const listed = (values: Iterable<string>): string => [...values].join(', ') || '(none)';

/** Bruising and swelling can only be where the session pressed. */
function siteIssues(
  session: SessionRecord,
  prefix: string,
  report: { bruising: string[]; swelling: string[] },
): FieldIssue[] {
  const sites = sitesOf(session);
  return (['bruising', 'swelling'] as const).flatMap((kind) =>
    report[kind].flatMap((site, i) =>
      sites.has(site)
        ? []
        : [
            {
              field: `${prefix}${kind}.${i}`,
              message: `must be a site of this session: ${listed(sites)}`,
            },
          ],
    ),
  );
}

/**
 * The longest a side can be logged as pressed: the session machine's ceiling for the step's hold
 * in the plan the session followed (the whole hold plus every check's wait), or for core's
 * HOLD_SECONDS, every plan's hold, when the plan does not have the step.
 */
export const heldCeiling = (plan: Pick<Plan, 'steps'> | undefined, stepId: string): number =>
  (plan && maxHeldSecondsFor(plan, stepId)) ?? maxHeldSeconds(HOLD_SECONDS);

export function logIssues(
  session: SessionRecord,
  log: SessionLog,
  plan: Pick<Plan, 'steps'> | undefined,
): FieldIssue[] {
  const issues = timeIssues({ endedAt: log.endedAt });
  if (issues.length === 0 && Date.parse(log.endedAt) < Date.parse(session.startedAt)) {
    issues.push({
      field: 'endedAt',
      message: `must not be before the session started (${session.startedAt})`,
    });
  }
  const steps = new Map(session.steps.map((s) => [s.stepId, s]));
  const seen = new Map<string, number>();
  log.steps.forEach((entry, i) => {
    const step = steps.get(entry.stepId);
    const site = siteKey(entry.stepId, entry.side);
    const first = seen.get(site);
    if (first === undefined) seen.set(site, i);
    if (!step) {
      issues.push({
        field: `steps.${i}.stepId`,
        message: `must be a step of this session: ${listed(steps.keys())}`,
      });
    } else if (!step.sides.includes(entry.side)) {
      issues.push({
        field: `steps.${i}.side`,
        message: `must be a side of ${step.stepId} in this session: ${listed(step.sides)}`,
      });
    } else if (first !== undefined) {
      // Twice the same side would count its time twice (adherence above what was done).
      issues.push({
        field: `steps.${i}`,
        message: `repeats ${site} (steps.${first}): each step and side is logged once`,
      });
    }
    const ceiling = heldCeiling(plan, entry.stepId);
    if (entry.heldSeconds > ceiling) {
      issues.push({
        field: `steps.${i}.heldSeconds`,
        message: `must be at most ${ceiling} seconds: the step’s hold with every check’s wait`,
      });
    }
  });
  return [...issues, ...siteIssues(session, 'after.', log.after)];
}

export function nextDayIssues(session: SessionRecord, check: NextDay): FieldIssue[] {
  const issues = timeIssues({ at: check.at });
  const ended = session.log?.endedAt ?? session.startedAt;
  if (issues.length === 0 && Date.parse(check.at) < Date.parse(ended)) {
    issues.push({ field: 'at', message: `must not be before the session ended (${ended})` });
  }
  return [...issues, ...siteIssues(session, '', check)];
}
