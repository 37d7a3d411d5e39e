import type { Acupoint } from '../atlas/types.js';

// Whether a person can find and press a point on their own (self-care), and in what position.
// Ergonomics, not clinical facts: upper thoracic levels cannot be counted or reached alone; deep
// buttock points are pressed by leaning on a ball.

export type Reach = 'hands' | 'aid' | 'helper';

export const BALL_AID =
  'a tennis ball between your back and a wall (or the floor), leaning your weight into it';

export function selfCareReach(p: Acupoint): Reach {
  if (p.code === 'EX-B2' && p.region === 'thoracic') {
    const level = Number(p.id.slice('EX-B2-T'.length));
    return level <= 8 ? 'helper' : 'aid';
  }
  if (p.id === 'BL54' || p.id === 'GB30') return 'aid';
  return 'hands';
}

export function positionFor(p: Acupoint, mode: 'self-care' | 'practitioner', reach: Reach): string {
  if (mode === 'self-care' && reach === 'aid') {
    return 'Stand with your back to a wall, the ball on the point, and lean into it; or lie on your back with the ball under the point.';
  }
  switch (p.region) {
    case 'thoracic':
    case 'lumbar':
    case 'sacral':
      return mode === 'self-care'
        ? 'Sit or stand, hands on your waist, and reach back with your thumbs.'
        : 'Lying face down, a pillow under the belly.';
    case 'buttock':
    case 'thigh':
    case 'knee':
    case 'calf':
      return mode === 'self-care'
        ? 'Sit with the knee bent and reach the point with your fingers.'
        : 'Lying face down.';
    case 'shoulder':
      return mode === 'self-care'
        ? 'Sit, and reach across with the opposite hand.'
        : 'Sitting, or lying face down.';
    case 'hand':
      return 'Sitting, the hand resting on a table; press with the other thumb.';
    case 'face':
      return 'Sitting; press with a fingertip.';
    default:
      return mode === 'self-care'
        ? 'Sit with the foot up on a low stool.'
        : 'Lying on the back or side, the leg supported.';
  }
}
