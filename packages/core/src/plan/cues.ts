import type { PlanSide } from './plan-types.js';
import { OTHER_SIDE_CUE, TECHNIQUE_CUES } from './dosing.js';
import type { CautionFlag } from '../atlas/types.js';
import type { SidePlaces } from './pressed-places.js';

/** Whether any place of the pressed sides carries a caution of this kind. */
export function carries(sides: readonly SidePlaces[], flag: CautionFlag): boolean {
  for (const s of sides) if (s.flags.has(flag)) return true;
  return false;
}

/**
 * A step's cues: the technique, then what its places' cautions ask (a vessel beneath: light
 * pressure; a nerve: stop at a shooting feeling; the calf: not if it is swollen, red or hot), then
 * the other side. A tender spot near a point carries that point's cautions too.
 */
export function cuesFor(sides: readonly SidePlaces[]): string[] {
  const cues = [...TECHNIQUE_CUES];
  if (carries(sides, 'vessel'))
    cues.push('Light pressure only: a blood vessel runs beneath. Move off if you feel a pulse.');
  if (carries(sides, 'nerve'))
    cues.push('Stop at once if you feel a shooting or electric sensation.');
  if (sides.some((s) => s.calf))
    cues.push('Do not press if the calf is swollen, red or hot: see a doctor the same day.');
  const pressed: PlanSide[] = sides.map((s) => s.side);
  if (pressed.length > 1) cues.push(OTHER_SIDE_CUE);
  return cues;
}
