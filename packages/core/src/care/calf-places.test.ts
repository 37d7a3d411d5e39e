import { describe, expect, it } from 'vitest';
import { POINTS } from '../atlas/atlas.js';
import type { AshiStep } from '../plan/plan-types.js';
import { CALF_REGIONS, pressedPlaceInCalf, siteLocator, type PressedPlace } from './calf-places.js';

// Which pressed places lie in the calf, where a swelling can be a blood clot (clinical-sources, a swollen calf: BL57/BL58:
// swollen, red or hot calf, possible DVT, refer). The lower leg read as the calf is an Acupress
// safety default (docs/clinical-sources.md, "A swollen calf").

const ashi = (template: AshiStep['template'], x: number, y: number): AshiStep => ({
  kind: 'ashi',
  ashiIndex: 0,
  label: 'Tender spot 1',
  template,
  x,
  y,
  sides: ['left'],
  position: 'lying face down',
  holdSeconds: 180,
  pressureTarget: 5,
  cues: [],
  reason: 'Tender spot.',
  source: 'CAM',
});

const rows: { case: string; source: string; place: PressedPlace; expected: string }[] = [
  {
    case: 'BL57',
    source: 'clinical-sources, a swollen calf: BL57 calf',
    place: { kind: 'point', pointId: 'BL57' },
    expected: 'yes',
  },
  {
    case: 'BL58',
    source: 'clinical-sources, a swollen calf: BL58 as BL57',
    place: { kind: 'point', pointId: 'BL58' },
    expected: 'yes',
  },
  {
    case: 'SP6',
    source: 'AcupressSafety: lower leg',
    place: { kind: 'point', pointId: 'SP6' },
    expected: 'yes',
  },
  {
    case: 'GB34',
    source: 'AcupressSafety: lower leg',
    place: { kind: 'point', pointId: 'GB34' },
    expected: 'yes',
  },
  {
    case: 'BL40 (knee)',
    source: 'clinical-sources, a swollen calf names the calf',
    place: { kind: 'point', pointId: 'BL40' },
    expected: 'no',
  },
  {
    case: 'KI3 (ankle)',
    source: 'clinical-sources, a swollen calf names the calf',
    place: { kind: 'point', pointId: 'KI3' },
    expected: 'no',
  },
  {
    case: 'BL23 (back)',
    source: 'clinical-sources, a swollen calf',
    place: { kind: 'point', pointId: 'BL23' },
    expected: 'no',
  },
  {
    case: 'a point not in the atlas',
    source: 'safe side',
    place: { kind: 'point', pointId: 'XX1' },
    expected: 'unknown',
  },
  {
    case: 'tender spot on the left calf',
    source: 'pain map calf area',
    place: { kind: 'ashi', step: ashi('posterior', 90, 500) },
    expected: 'yes',
  },
  {
    case: 'tender spot on the right calf',
    source: 'pain map calf area',
    place: { kind: 'ashi', step: ashi('posterior', 150, 500) },
    expected: 'yes',
  },
  {
    case: 'tender spot on the low back',
    source: 'pain map lumbar area',
    place: { kind: 'ashi', step: ashi('posterior', 100, 220) },
    expected: 'no',
  },
  {
    case: 'tender spot on the hand',
    source: 'a hand is not the calf',
    place: { kind: 'ashi', step: ashi('dorsal-hand', 50, 50) },
    expected: 'no',
  },
  {
    case: 'tender spot on the calf of the outer-leg drawing',
    source: 'located by core on any drawing: the calf behind the fibula',
    place: { kind: 'ashi', step: ashi('lateral-leg', 60, 300) },
    expected: 'yes',
  },
  {
    case: 'tender spot on the thigh of the outer-leg drawing',
    source: 'located by core: the thigh is not the lower leg',
    place: { kind: 'ashi', step: ashi('lateral-leg', 90, 100) },
    expected: 'no',
  },
  {
    case: 'tender spot whose plan care no longer has',
    source: 'ashi numbered per plan',
    place: { kind: 'ashi' },
    expected: 'unknown',
  },
];

describe('pressedPlaceInCalf', () => {
  it.each(rows)('$case: $expected ($source)', ({ place, expected }) => {
    expect(pressedPlaceInCalf(place)).toBe(expected);
  });

  it('counts exactly the atlas points of the calf and the lower leg as calf places', () => {
    const calf = POINTS.filter(
      (p) => pressedPlaceInCalf({ kind: 'point', pointId: p.id }) === 'yes',
    );
    // BL57, BL58 (clinical-sources, a swollen calf); GB34, GB39, SP6, ST36 (lower leg, AcupressSafety).
    expect(calf.map((p) => p.id).sort()).toEqual(['BL57', 'BL58', 'GB34', 'GB39', 'SP6', 'ST36']);
    expect(calf.every((p) => CALF_REGIONS.includes(p.region))).toBe(true);
  });

  it('places a tender spot only for a session of the check-in whose plan it is', () => {
    const locate = siteLocator({ steps: [ashi('posterior', 90, 500)] }, 'c-new');
    expect(locate('ashi-1:left', { checkInId: 'c-new' })).toBe('yes');
    expect(locate('ashi-1:left', { checkInId: 'c-old' })).toBe('unknown');
    expect(locate('BL57:left', { checkInId: 'c-old' })).toBe('yes');
  });
});
