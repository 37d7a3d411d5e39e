import { describe, expect, it } from 'vitest';
import { careFor } from './care-for.js';
import { at, careInput, OLD_CHECK_IN, testPlan } from './test-care-fixtures.js';
import type { Plan } from '../plan/plan-types.js';
import { runRows, S, worse, type Row } from './test-care-table.js';

// Pauses: clinical-sources, bruises and swelling (do not press on swollen areas); clinical-sources, a swollen calf (swollen calf: possible DVT, refer); two worse
// sessions running and how a pause lifts are Acupress safety defaults. Sessions log 30 minutes
// after they start; the fixtures' check-in is saved the day before the first session (at(-1)).

const old = { checkInId: OLD_CHECK_IN };

/** The test plan with its tender spot (ashi-1, left) drawn elsewhere. */
const ashiAt = (template: 'posterior' | 'lateral-leg' | 'dorsal-hand', x: number, y: number) => {
  const plan: Plan = testPlan();
  plan.steps = plan.steps.map((s) => (s.kind === 'ashi' ? { ...s, template, x, y } : s));
  return { plan };
};
// On the back-of-the-body drawing (midline x = 120): the left calf lies at body x 14–45, y 458–556.
const ASHI_LEFT_CALF = ashiAt('posterior', 90, 500);
const ASHI_LEFT_THIGH = ashiAt('posterior', 90, 400);
const ASHI_OUTER_LEG = ashiAt('lateral-leg', 60, 300);
const swollen = (site: string, o = {}) => S(0, { swelling: [site], ...o });
const NOW = at(0, 2);

const rows: Row[] = [
  {
    case: 'swelling after a session pauses',
    source: 'clinical-sources, bruises and swelling: do not press on swollen areas',
    input: careInput([S(0, { swelling: ['BL23:left'] })], at(0, 2)),
    expected: {
      status: 'paused',
      pauses: ['paused-swelling'],
      resting: ['BL23:left'],
      urgency: undefined,
    },
  },
  {
    case: 'swelling the next day pauses',
    source: 'clinical-sources, bruises and swelling',
    input: careInput([S(0, { nextDay: { swelling: ['GV3:midline'] } })], at(1, 2)),
    expected: { status: 'paused', pauses: ['paused-swelling'] },
  },
  {
    case: 'swelling: a clear (unticked) next-day check does not lift it',
    source: 'AcupressSafety lift rule: only a new check-in',
    input: careInput([S(0, { swelling: ['BL23:left'], nextDay: { nrs: 4 } })], at(1, 2)),
    expected: { status: 'paused', pauses: ['paused-swelling'] },
  },
  {
    case: 'swelling: lifted by a new check-in saved after the report (site still rests)',
    source: 'AcupressSafety lift rule: new check-in',
    input: careInput([S(0, { swelling: ['BL23:left'], ...old })], at(1), {
      checkInAt: at(0, 1),
    }),
    expected: { status: 'ready', pauses: [], resting: ['BL23:left'], pressure: 4 },
  },
  {
    case: 'swelling: a check-in saved before the report does not lift it',
    source: 'AcupressSafety lift rule: after the report',
    input: careInput([S(0, { swelling: ['BL23:left'] })], at(1), { checkInAt: at(0, 0.25) }),
    expected: { status: 'paused', pauses: ['paused-swelling'] },
  },
  {
    case: 'swelling from an older check-in still pauses (sessions of every check-in count)',
    source: 'brief: all sessions; clinical-sources, bruises and swelling',
    input: careInput([S(0, { swelling: ['GV3:midline'], ...old }), S(1)], at(1, 2), {
      checkInAt: at(0, 0.25),
    }),
    expected: { status: 'paused', pauses: ['paused-swelling'] },
  },
  {
    case: 'calf swelling (BL57) pauses with same-day urgency',
    source:
      'clinical-sources, a swollen calf, BL57: swollen calf, possible DVT, refer; atlas calfSwelling',
    input: careInput([S(0, { swelling: ['BL57:left'] })], at(0, 2)),
    expected: { status: 'paused', pauses: ['paused-swelling'], urgency: 'same-day' },
  },
  {
    case: 'calf swelling (BL58) the next day: same-day urgency',
    source: 'clinical-sources, a swollen calf: BL58 "as BL57"',
    input: careInput([S(0, { nextDay: { swelling: ['BL58:right'] } })], at(1, 2)),
    expected: { status: 'paused', urgency: 'same-day' },
  },
  {
    case: 'calf and back swelling together: both shown, same-day urgency',
    source: 'clinical-sources, a swollen calf + bruises and swelling',
    input: careInput(
      [S(0, { swelling: ['BL23:left'] }), S(1, { swelling: ['BL57:right'] })],
      at(1, 2),
    ),
    expected: { pauses: ['paused-swelling', 'paused-swelling'], urgency: 'same-day' },
  },
  // Every pressed place in the calf (issue 9): a calf or lower-leg point on either side, a tender
  // spot marked there. clinical-sources, a swollen calf: BL57/BL58: a swollen, red or hot calf is a possible DVT, refer; reading
  // the lower leg as the calf is an Acupress safety default (docs/clinical-sources.md).
  {
    case: 'calf swelling at BL57 on the right side too: same-day',
    source: 'clinical-sources, a swollen calf: BL57 possible DVT, either side',
    input: careInput([swollen('BL57:right')], NOW),
    expected: { status: 'paused', urgency: 'same-day', calfAdvice: 'today' },
  },
  {
    case: 'swelling at SP6 (lower leg, medial): same-day',
    source:
      'clinical-sources, a swollen calf: DVT; AcupressSafety: the lower leg is read as the calf',
    input: careInput([swollen('SP6:left')], NOW),
    expected: { status: 'paused', urgency: 'same-day', calfAdvice: 'today' },
  },
  {
    case: 'swelling at GB39 (lower leg, lateral) the next day: same-day',
    source:
      'clinical-sources, a swollen calf: DVT; AcupressSafety: the lower leg is read as the calf',
    input: careInput([S(0, { nextDay: { swelling: ['GB39:right'] } })], at(1, 2)),
    expected: { status: 'paused', urgency: 'same-day', calfAdvice: 'today' },
  },
  {
    case: 'swelling at ST36 (below the knee, front): same-day',
    source:
      'clinical-sources, a swollen calf: DVT; AcupressSafety: the lower leg is read as the calf',
    input: careInput([swollen('ST36:left')], NOW),
    expected: { urgency: 'same-day', calfAdvice: 'today' },
  },
  {
    case: 'a tender spot marked on the calf, swollen: same-day',
    source: 'clinical-sources, a swollen calf: DVT: a tender spot there is a calf place (issue 9)',
    input: careInput([swollen('ashi-1:left')], NOW, ASHI_LEFT_CALF),
    expected: { status: 'paused', urgency: 'same-day', calfAdvice: 'today' },
  },
  {
    case: 'a tender spot on the back of the thigh, swollen: paused, not same-day',
    source:
      'clinical-sources, bruises and swelling: do not press on swollen areas; the thigh is not the calf',
    input: careInput([swollen('ashi-1:left')], NOW, ASHI_LEFT_THIGH),
    expected: { status: 'paused', urgency: undefined, calfAdvice: 'none' },
  },
  {
    case: 'a tender spot on the calf of the outer-leg drawing: possible clot, see a doctor today',
    source:
      'clinical-sources, a swollen calf: DVT; every pressed place has one body location (issue 9)',
    input: careInput([swollen('ashi-1:left')], NOW, ASHI_OUTER_LEG),
    expected: { status: 'paused', urgency: 'same-day', calfAdvice: 'today' },
  },
  {
    case: 'an older check-in’s tender spot (numbered per plan, so unplaced): says what to do if it is the calf',
    source: 'clinical-sources, a swollen calf: DVT; ashi numbers are per plan (docs/care.md)',
    input: careInput([swollen('ashi-1:left', old)], NOW, {
      ...ASHI_LEFT_THIGH,
      checkInAt: at(-2),
    }),
    expected: { status: 'paused', urgency: undefined, calfAdvice: 'if-calf' },
  },
  {
    case: 'swelling at the ankle (KI3) or the back of the knee (BL40): paused, not same-day',
    source:
      'clinical-sources, bruises and swelling: do not press on swollen areas; clinical-sources, a swollen calf names the calf',
    input: careInput([S(0, { swelling: ['KI3:left', 'BL40:right'] })], NOW),
    expected: { status: 'paused', urgency: undefined, calfAdvice: 'none' },
  },
  {
    case: 'calf swelling: lifted only by a new check-in after it',
    source: 'AcupressSafety lift rule',
    input: careInput([S(0, { swelling: ['BL57:left'], ...old })], at(1), {
      checkInAt: at(0, 1),
    }),
    expected: { status: 'ready', urgency: undefined },
  },
  {
    case: 'one worse session does not pause',
    source: 'AcupressSafety: 2 running',
    input: careInput([worse(0)], at(1)),
    expected: { status: 'ready', pauses: [] },
  },
  {
    case: 'two worse sessions running pause',
    source: 'AcupressSafety: 2 running',
    input: careInput([worse(0), worse(1)], at(2)),
    expected: { status: 'paused', pauses: ['paused-worse'] },
  },
  {
    case: 'two worse sessions across check-ins pause',
    source: 'brief: all sessions; AcupressSafety 2 running',
    input: careInput([worse(0, old), worse(1)], at(2), { checkInAt: at(0, 12) }),
    expected: { status: 'paused', pauses: ['paused-worse'] },
  },
  {
    case: 'worse by after-NRS counts too',
    source: 'AcupressSafety definition',
    input: careInput([S(0, { after: 7 }), S(1, { after: 6 })], at(2)),
    expected: { status: 'paused' },
  },
  {
    case: 'an unlogged session counts by its before-NRS',
    source: 'AcupressSafety definition',
    input: careInput([worse(0, { unlogged: true }), worse(1)], at(2)),
    expected: { status: 'paused' },
  },
  {
    case: 'worse, better, worse does not pause',
    source: 'AcupressSafety: running',
    input: careInput([worse(0), S(1), worse(2)], at(3)),
    expected: { status: 'ready' },
  },
  {
    case: 'worse pause lifts: next-day pain back to baseline',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0), worse(1, { nextDay: { nrs: 5 } })], at(2, 2)),
    expected: { status: 'ready' },
  },
  {
    case: 'worse pause lifts: a new check-in after the pause',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0, old), worse(1, old)], at(2), { checkInAt: at(1, 1) }),
    expected: { status: 'ready', pauses: [] },
  },
  {
    case: 'worse pause: a check-in before the pause does not lift it',
    source: 'AcupressSafety lift rule: after the pause',
    input: careInput([worse(0, old), worse(1)], at(2), { checkInAt: at(0, 1) }),
    expected: { status: 'paused' },
  },
  {
    case: 'after a lifted worse pause, one more worse session does not pause again',
    source: 'AcupressSafety: 2 running, counted afresh after a lift',
    input: careInput([worse(0, old), worse(1, old), worse(2)], at(3), { checkInAt: at(1, 1) }),
    expected: { status: 'ready' },
  },
  {
    case: 'after a lifted worse pause, two more worse sessions pause again',
    source: 'AcupressSafety: 2 running',
    input: careInput([worse(0, old), worse(1, old), worse(2), worse(3)], at(4), {
      checkInAt: at(1, 1),
    }),
    expected: { status: 'paused', pauses: ['paused-worse'] },
  },
  {
    case: 'after a next-day lift, one more worse session does not pause again',
    source: 'AcupressSafety: counted afresh after a lift',
    input: careInput([worse(0), worse(1, { nextDay: { nrs: 5 } }), worse(3)], at(3, 2)),
    expected: { status: 'ready' },
  },
  {
    case: 'not lifted: next-day pain still above baseline',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0), worse(1, { nextDay: { nrs: 6 } })], at(2, 2)),
    expected: { status: 'paused' },
  },
  {
    case: 'not lifted by a next-day check from before the pause',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0, { nextDay: { nrs: 5, hours: 12 } }), worse(1)], at(2)),
    expected: { status: 'paused' },
  },
];

describe('careFor: pauses', () => {
  runRows(rows);

  it('calf swelling: says it could be a blood clot and to see a doctor today', () => {
    const care = careFor(careInput([S(0, { swelling: ['BL57:left'] })], at(0, 2)));
    expect(care.pause?.advice).toMatch(/blood clot/);
    // Said first, and not to be read as routine.
    expect(care.pause?.advice).toMatch(/^See a doctor today, not at a routine appointment/);
    expect(care.pause?.advice).not.toMatch(/check-in/);
    expect(care.pause?.reasons[0]?.text).toMatch(/blood clot \(deep vein thrombosis\).*today/);
    expect(care.changes[0]?.sessionId).toBe('s-0-0');
  });

  it('says how each pause lifts', () => {
    const swelling = careFor(careInput([S(0, { swelling: ['GV3:midline'] })], at(0, 2)));
    expect(swelling.pause?.lifts).toMatch(/new check-in/);
    expect(swelling.pause?.lifts).toMatch(/next-day check does not lift/);
    expect(swelling.pause?.advice).not.toMatch(/blood clot/);
    const worseCare = careFor(careInput([worse(0), worse(1)], at(2)));
    expect(worseCare.pause?.lifts).toMatch(
      /next-day check shows pain at or below .* \(5 out of 10\), or with a new check-in/,
    );
    expect(worseCare.changes[0]?.text).toMatch(/lifts when a next-day check/);
  });
});
