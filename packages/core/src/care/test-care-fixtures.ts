import type { CareInput } from './care-types.js';
import { OTHER_SIDE_CUE } from '../plan/dosing.js';
import type { Plan, PlanSide, PlanStep } from '../plan/plan-types.js';
import type { PressureFeel, SessionRecord } from '../session/session-record.js';

// Builders for the care tests: a small plan and sessions placed in time by day and hour.

export const T0 = Date.parse('2026-11-02T08:00:00Z');
const HOUR = 3_600_000;
export const iso = (ms: number): string => new Date(ms).toISOString();
export const at = (days: number, hours = 0): string => iso(T0 + (days * 24 + hours) * HOUR);

const step = (pointId: string, sides: PlanSide[], pressureTarget: number): PlanStep => ({
  kind: 'point',
  pointId,
  name: `${pointId} name`,
  sides,
  position: 'lying face down',
  holdSeconds: 180,
  pressureTarget,
  // As the plan engine writes them: a bilateral step tells to do the other side too.
  cues: ['Build the pressure slowly.', ...(sides.length > 1 ? [OTHER_SIDE_CUE] : [])],
  reason: 'Main point.',
  source: 'CAM',
});

/** BL23 both sides, GV3 midline, BL40 both sides (lighter), ashi-1 on the left: 6 sites. */
export function testPlan(target = 5): Plan {
  const steps: PlanStep[] = [
    step('BL23', ['left', 'right'], target),
    step('GV3', ['midline'], target),
    step('BL40', ['left', 'right'], Math.min(target, 3)),
    {
      kind: 'ashi',
      ashiIndex: 0,
      label: 'Tender spot 1',
      template: 'posterior',
      x: 10,
      y: 20,
      sides: ['left'],
      position: 'lying face down',
      holdSeconds: 180,
      pressureTarget: target,
      cues: [],
      reason: 'Tender spot.',
      source: 'CAM',
    },
  ];
  const ids = ['BL23', 'GV3', 'BL40', 'ashi-1'];
  return {
    kind: 'plan',
    steps,
    decisions: steps.map((s, i) => ({
      category: 'included',
      id: ids[i] ?? '',
      included: true,
      sides: [...s.sides],
      reason: s.reason,
      source: s.source,
    })),
    totalSeconds: 6 * 180,
    budgetSeconds: 1800,
    pressure: { target, reason: 'Starting value.', source: 'AcupressDefault' },
    watch: [],
    notes: [],
  };
}

/** The check-in the fixtures' sessions follow by default, and an earlier one. */
export const CHECK_IN = '00000000-0000-4000-8000-000000000001';
export const OLD_CHECK_IN = '00000000-0000-4000-8000-000000000000';

export interface SessionOpts {
  id?: string;
  checkInId?: string;
  before?: number;
  /** Omit the log entirely (a session started, its log not arrived). */
  unlogged?: boolean;
  after?: number;
  soreness?: number;
  pressure?: PressureFeel;
  bruising?: string[];
  swelling?: string[];
  held?: number[];
  planned?: number;
  nextDay?: {
    hours?: number;
    nrs?: number;
    soreness?: number;
    bruising?: string[];
    swelling?: string[];
  };
}

/** A session starting `day` days (and `hour` hours) after T0; its log ends 30 minutes later. */
export function session(day: number, o: SessionOpts = {}, hour = 0): SessionRecord {
  const startedAt = at(day, hour);
  const start = Date.parse(startedAt);
  const before = o.before ?? 5;
  return {
    id: o.id ?? `s-${day}-${hour}`,
    checkInId: o.checkInId ?? CHECK_IN,
    startedAt,
    beforeNrs: before,
    plannedSeconds: o.planned ?? 1260,
    pressureTarget: 5,
    steps: [],
    ...(o.unlogged
      ? {}
      : {
          log: {
            endedAt: iso(start + HOUR / 2),
            steps: (o.held ?? [180]).map((heldSeconds) => ({
              stepId: 'BL23',
              side: 'left' as const,
              heldSeconds,
              released: true,
              skipped: false,
            })),
            after: {
              nrs: o.after ?? before,
              soreness: o.soreness ?? 0,
              bruising: o.bruising ?? [],
              swelling: o.swelling ?? [],
              pressure: o.pressure ?? 'about-right',
              note: '',
            },
          },
        }),
    ...(o.nextDay
      ? {
          nextDay: {
            at: iso(start + (o.nextDay.hours ?? 24) * HOUR),
            nrs: o.nextDay.nrs ?? before,
            soreness: o.nextDay.soreness ?? 0,
            bruising: o.nextDay.bruising ?? [],
            swelling: o.nextDay.swelling ?? [],
          },
        }
      : {}),
  };
}

export const careInput = (
  sessions: SessionRecord[],
  now: string,
  extra: Partial<CareInput> = {},
): CareInput => ({
  plan: testPlan(),
  checkInId: CHECK_IN,
  checkInAt: at(-1),
  baselineNrs: 5,
  sessions,
  now,
  ...extra,
});

/** Daily sessions on days [from, to), each with the given before-NRS. */
export const daily = (from: number, to: number, before: number): SessionRecord[] =>
  Array.from({ length: to - from }, (_, i) => session(from + i, { before }));
