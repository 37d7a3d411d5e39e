import type { Acupoint } from '../types.js';

type Base = Pick<
  Acupoint,
  'id' | 'pinyin' | 'hanzi' | 'english' | 'meridian' | 'region' | 'template'
>;

/** A bilateral point whose atlas id is its WHO code. */
export const bilateralPoint = (
  base: Base,
  rest: Omit<Acupoint, keyof Base | 'code' | 'laterality'>,
): Acupoint => ({
  ...base,
  code: base.id,
  laterality: 'bilateral',
  ...rest,
});
