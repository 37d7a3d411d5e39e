import { describe } from 'vitest';
import { at, careInput, OLD_CHECK_IN, testPlan } from './test-care-fixtures.js';
import {
  ALL,
  bruised,
  H48,
  min,
  REPORT,
  runRows,
  S,
  tooMuch,
  without,
  type Row,
} from './test-care-table.js';

const rows: Row[] = [
  // Site rest: clinical-sources, bruises and swelling (do not press on bruises), 48 h = the rule (AcupressSafety)
  {
    case: 'bruise: site out 1 min before 48 h',
    source: 'clinical-sources, bruises and swelling + AcupressSafety 48 h',
    input: careInput([bruised('BL23:left')], min(REPORT + H48 - 1)),
    expected: { sites: without('BL23:left'), resting: ['BL23:left'], totalSeconds: 5 * 180 },
  },
  {
    case: 'bruise on one side: its step no longer says "then the same on the other side"',
    source:
      'issue 9: a resting side is never pressed; clinical-sources, bruises and swelling: do not press on bruises',
    input: careInput([bruised('BL23:left')], min(REPORT + H48 - 1)),
    expected: { otherSideCue: ['BL40'] },
  },
  {
    case: 'nothing resting: both bilateral steps keep the other-side cue',
    source: 'DESIGN.md: both sides for bilateral points',
    input: careInput([S(0)], min(REPORT + 1)),
    expected: { otherSideCue: ['BL23', 'BL40'] },
  },
  {
    case: 'the cue is back with the side, after 48 h',
    source: 'AcupressSafety 48 h',
    input: careInput([bruised('BL23:left')], min(REPORT + H48)),
    expected: { otherSideCue: ['BL23', 'BL40'] },
  },
  {
    case: 'bruise: back at exactly 48 h',
    source: 'AcupressSafety 48 h',
    input: careInput([bruised('BL23:left')], min(REPORT + H48)),
    expected: { sites: ALL, resting: [] },
  },
  {
    case: 'bruise: back at 48 h + 1 min',
    source: 'AcupressSafety 48 h',
    input: careInput([bruised('BL23:left')], min(REPORT + H48 + 1)),
    expected: { sites: ALL, resting: [], totalSeconds: 6 * 180 },
  },
  {
    case: 'back after 48 h: its step first says to check the bruise has faded',
    source: 'clinical-sources, bruises and swelling: do not press on bruises',
    input: careInput([bruised('BL23:left')], min(REPORT + H48)),
    expected: { backAfterRest: ['BL23'] },
  },
  {
    case: 'still resting: no returning cue yet',
    source: 'clinical-sources, bruises and swelling',
    input: careInput([bruised('BL23:left')], min(REPORT + H48 - 1)),
    expected: { backAfterRest: [] },
  },
  {
    case: 'returning cue gone once a session has started after the rest',
    source: 'brief: the returning step',
    input: careInput([bruised('BL23:left'), S(3)], at(3, 2)),
    expected: { backAfterRest: [] },
  },
  {
    case: 'a session during the rest does not count as pressing it again',
    source: 'clinical-sources, bruises and swelling',
    input: careInput([bruised('BL23:left'), S(1)], at(3)),
    expected: { backAfterRest: ['BL23'] },
  },
  {
    case: 'a new check-in does not end a rest (bruise from the older check-in)',
    source: 'brief: all sessions; clinical-sources, bruises and swelling + AcupressSafety 48 h',
    input: careInput([S(0, { bruising: ['BL40:right'], checkInId: OLD_CHECK_IN })], at(1), {
      checkInAt: at(0, 2),
    }),
    expected: { resting: ['BL40:right'], sites: without('BL40:right'), pressure: 4 },
  },
  {
    case: 'a rest at a site the new plan does not press: no change shown',
    source: 'brief: changes to the next session',
    input: careInput([S(0, { bruising: ['BL57:left'] })], at(1)),
    expected: { resting: [], sites: ALL },
  },
  {
    case: 'bruise lowers pressure 5 → 4 (and stays lowered after the rest)',
    source: 'DESIGN.md step 4; step 1 = AcupressDefault',
    input: careInput([bruised('BL23:left')], at(5)),
    expected: { pressure: 4, stepPressures: [4, 4, 2, 4], pressureSources: ['AcupressSafety'] },
  },
  {
    case: 'lowering kept through a new check-in (earlier check-in’s sessions count)',
    source: 'brief: all sessions; AcupressDefault step',
    input: careInput(
      [S(0, { pressure: 'too-much', checkInId: OLD_CHECK_IN }), S(1, { checkInId: OLD_CHECK_IN })],
      at(3),
      { checkInAt: at(2) },
    ),
    expected: { pressure: 4, pressureSources: ['Murphy2019'] },
  },
  {
    case: 'two bruises, two sessions: both out, pressure 3',
    source: 'clinical-sources, bruises and swelling + AcupressDefault step',
    input: careInput(
      [S(0, { bruising: ['BL23:left'] }), S(1, { bruising: ['BL40:right'] })],
      at(1, 2),
    ),
    expected: {
      sites: without('BL23:left', 'BL40:right'),
      resting: ['BL23:left', 'BL40:right'],
      pressure: 3,
    },
  },
  {
    case: 'a second bruise on the same site restarts its 48 h',
    source: 'AcupressSafety 48 h from the report',
    input: careInput(
      [S(0, { bruising: ['BL23:left'] }), S(1, { bruising: ['BL23:left'] })],
      at(2, 2),
    ),
    expected: { resting: ['BL23:left'] },
  },
  {
    case: 'next-day bruise: out 48 h from the next-day check',
    source: 'clinical-sources, bruises and swelling + AcupressSafety',
    input: careInput([S(0, { nextDay: { bruising: ['BL40:right'] } })], at(2, 23)),
    expected: { resting: ['BL40:right'], pressure: 4 },
  },
  {
    case: 'next-day bruise: back 48 h after the check',
    source: 'AcupressSafety 48 h',
    input: careInput([S(0, { nextDay: { bruising: ['BL40:right'] } })], at(3)),
    expected: { resting: [], sites: ALL },
  },
  {
    case: 'midline point bruised: step dropped, safety decision',
    source: 'clinical-sources, bruises and swelling + AcupressSafety',
    input: careInput([bruised('GV3:midline')], at(1)),
    expected: { sites: without('GV3:midline'), safety: ['GV3:midline'], totalSeconds: 5 * 180 },
  },
  // Pressure: Murphy 2019 (too much pressure), clinical-sources, pressure and side effects (soreness);
  // step 1 and floor 2 are AcupressDefault
  {
    case: 'too much pressure lowers 5 → 4',
    source: 'Murphy2019 reason; step = AcupressDefault',
    input: careInput([tooMuch(0)], at(1)),
    expected: { pressure: 4, stepPressures: [4, 4, 2, 4], pressureSources: ['Murphy2019'] },
  },
  {
    case: 'strong soreness after lowers',
    source: 'clinical-sources, pressure and side effects; AcupressDefault',
    input: careInput([S(0, { soreness: 3 })], at(1)),
    expected: { pressure: 4 },
  },
  {
    case: 'moderate soreness does not lower',
    source: 'STRONG_SORENESS = 3 (brief)',
    input: careInput([S(0, { soreness: 2 })], at(1)),
    expected: { pressure: 5 },
  },
  {
    case: 'strong next-day soreness lowers',
    source: 'clinical-sources, bruises and swelling; AcupressDefault',
    input: careInput([S(0, { nextDay: { soreness: 3 } })], at(1, 2)),
    expected: { pressure: 4, pressureSources: ['Murphy2019'] },
  },
  {
    case: 'swelling alone lowers, as the project’s reasoning',
    source: 'AcupressSafety reasoning (not Murphy)',
    input: careInput([S(0, { swelling: ['GV3:midline'] })], at(1)),
    expected: { pressure: 4, pressureSources: ['AcupressSafety'] },
  },
  {
    case: 'several signs in one session lower once',
    source: 'AcupressDefault: per session',
    input: careInput([S(0, { pressure: 'too-much', soreness: 3 })], at(1)),
    expected: { pressure: 4 },
  },
  {
    case: 'floor: five sessions of too much stop at 2',
    source: 'AcupressDefault floor 2',
    input: careInput([0, 1, 2, 3, 4].map(tooMuch), at(5)),
    expected: { pressure: 2, stepPressures: [2, 2, 2, 2] },
  },
  {
    case: 'plan already at the floor: never raised',
    source: 'brief: never above the plan',
    input: careInput([tooMuch(0)], at(1), { plan: testPlan(2) }),
    expected: { pressure: 2, stepPressures: [2, 2, 2, 2] },
  },
];

describe('careFor: resting sites and pressure', () => {
  runRows(rows);
});
