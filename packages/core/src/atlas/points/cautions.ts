import type { Caution } from '../types.js';

// Reusable cautions. Each note paraphrases clinical-facts.md §1 (Cautions column) or §5.

/** §1 "LS" and §5 Pregnancy: every lumbosacral point is left out in pregnancy or if unsure. */
export const LUMBOSACRAL: Caution = {
  flag: 'lumbosacral',
  note: 'Low back and sacral point: left out during pregnancy, or if pregnancy is possible, as a cautious default.',
  source: 'AcupressSafety',
  verified: true,
};

/** §1: LI4, SP6, BL60, BL67 carry a pregnancy caution in CAM. */
export const PREGNANCY_CAM: Caution = {
  flag: 'pregnancy',
  note: 'Traditionally avoided in pregnancy (CAM). A 2015 review found no objective evidence of harm; we leave it out in pregnancy as a cautious default.',
  source: 'CAM',
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
