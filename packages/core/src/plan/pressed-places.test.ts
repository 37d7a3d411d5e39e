import { describe, expect, it } from 'vitest';
import { siteInCalf } from './pressed-places.js';
import type { PlanStep } from './plan-types.js';

// For the care rules: whether a pressed place lies in the calf, where swelling after a session can
// be a blood clot (docs/clinical-sources.md#points, BL57/BL58).

const ashi = (
  template: 'posterior' | 'lateral-leg' | 'dorsal-hand',
  x: number,
  y: number,
): PlanStep => ({
  kind: 'ashi',
  ashiIndex: 0,
  label: 'Tender spot 1',
  template,
  x,
  y,
  sides: ['left'],
  position: '',
  holdSeconds: 180,
  pressureTarget: 5,
  cues: [],
  reason: '',
  source: 'AcupressDefault',
});

describe('siteInCalf', () => {
  it.each<[string, PlanStep[], boolean, string]>([
    ['BL57:left', [], true, 'BL57 is in the calf'],
    ['BL58:right', [], true, 'BL58, on the outer-leg drawing, either leg'],
    ['SP6:left', [], true, 'SP6 lies behind the shin bone, at the edge of the calf'],
    ['BL40:left', [], false, 'the back of the knee is not the calf'],
    ['BL23:left', [], false, 'the low back'],
    ['ashi-1:left', [ashi('posterior', 93, 490)], true, 'a tender spot on the calf, back view'],
    ['ashi-1:left', [ashi('lateral-leg', 70, 300)], true, 'a tender spot on the calf, outer leg'],
    ['ashi-1:left', [ashi('dorsal-hand', 70, 165)], false, 'a tender spot on the hand'],
    ['ashi-2:left', [ashi('posterior', 93, 490)], false, 'a spot the plan does not have'],
    ['XX9:left', [], false, 'no such point'],
  ])('%s → %s (%s)', (site, steps, expected) => {
    expect(siteInCalf(site, steps)).toBe(expected);
  });
});
