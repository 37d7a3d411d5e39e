// The closed word lists of the atlas, once, as values: types, schemas and forms derive from them.

/**
 * Keys of the sources in docs/clinical-sources.md. AcupressSafety names the project's cautious
 * safety defaults; AcupressDefault a value the project chose and states as its own, not a trial's.
 */
export const SOURCE_KEYS = [
  'WHO08',
  'CAM',
  'GBT40997',
  'Carr2015',
  'Murphy2019',
  'AcupressSafety',
  'AcupressDefault',
  'Ostelo2008',
  'Godley2020',
  'Hill2011',
  'Guidelines',
] as const;

export const REGIONS = [
  'thoracic',
  'lumbar',
  'sacral',
  'buttock',
  'thigh',
  'knee',
  'calf',
  'leg',
  'ankle',
  'foot',
  'hand',
  'face',
  'shoulder',
] as const;

export const MERIDIANS = [
  'Bladder',
  'Governor',
  'Gallbladder',
  'Kidney',
  'Liver',
  'Spleen',
  'Stomach',
  'Small Intestine',
  'Large Intestine',
  'Extra',
] as const;
