// The personal experiment's numbers. Blocks of 7 days in pairs come from the issue; the limits
// are Acupress defaults, each with its reason (docs/clinical-sources.md, "Outcomes").

/** Days in a block (the default: a week). */
export const N_OF_1_BLOCK_DAYS = 7;
/** Shortest and longest block: 3 days is the least that leaves a rating after a washout day; 14 keeps the experiment within months. */
export const N_OF_1_MIN_BLOCK_DAYS = 3;
export const N_OF_1_MAX_BLOCK_DAYS = 14;
/** Pairs of blocks: 4 by default (8 weeks of 7-day blocks), 2 to 12 (12 pairs: 4,096 allocations to enumerate). */
export const N_OF_1_PAIRS = 4;
export const N_OF_1_MIN_PAIRS = 2;
export const N_OF_1_MAX_PAIRS = 12;
/** Every block keeps at least 2 counted days after its washout days. */
export const N_OF_1_MIN_COUNTED_DAYS = 2;
/** The registered test's level (the usual 5%) and interval (95%). */
export const N_OF_1_ALPHA = 0.05;
export const N_OF_1_CONFIDENCE = 0.95;
/** Differences of block means closer than this count as equal (ratings are whole numbers). */
export const N_OF_1_TOLERANCE = 1e-9;
