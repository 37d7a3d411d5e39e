import type { Caution } from '../types.js';

// Reusable cautions, in the project's own words. Each restates a caution of
// docs/clinical-sources.md (#points for the points' own cautions, #pregnancy, #do-not-press).

/** Every lumbosacral point is left out in pregnancy, or if unsure: the project's default. */
export const LUMBOSACRAL: Caution = {
  flag: 'lumbosacral',
  note: 'Low back and sacral point: left out during pregnancy, or if pregnancy is possible, as a cautious default.',
  source: 'AcupressSafety',
  verified: true,
};

/** LI4, SP6, BL60 and BL67 carry a pregnancy caution in CAM. */
export const PREGNANCY_CAM: Caution = {
  flag: 'pregnancy',
  note: 'Traditionally avoided in pregnancy (CAM). A 2015 review found no objective evidence of harm; we leave it out in pregnancy as a cautious default.',
  source: 'CAM',
  verified: true,
};

/**
 * GB21 is on the pregnancy list the project follows, but not among CAM's own pregnancy cautions:
 * leaving it out is the project's cautious default.
 */
export const PREGNANCY_DEFAULT: Caution = {
  flag: 'pregnancy',
  note: 'Left out in pregnancy, or if pregnancy is possible, as a cautious default of Acupress (a 2015 review found no objective evidence of harm).',
  source: 'AcupressSafety',
  verified: true,
};

/** BL31 and BL32 are traditionally used to bring on labour; leaving them out is the default. */
export const PREGNANCY_LABOUR: Caution = {
  flag: 'pregnancy',
  note: 'Traditionally used to bring on labour: always left out in pregnancy, or if pregnancy is possible, as a cautious default of Acupress.',
  source: 'AcupressSafety',
  verified: true,
};

export const calfSwelling: Caution = {
  flag: 'calf-swelling',
  note: 'If the calf is suddenly swollen, red or hot, do not press: it can be a blood clot (DVT). See a doctor the same day.',
  source: 'AcupressSafety',
  verified: true,
};

export const nerve = (note: string, verified = true): Caution => ({
  flag: 'nerve',
  note,
  source: 'WHO08',
  verified,
});

export const vessel = (note: string): Caution => ({
  flag: 'vessel',
  note,
  source: 'WHO08',
  verified: true,
});
