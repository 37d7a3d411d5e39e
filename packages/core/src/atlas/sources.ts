import type { SourceKey } from './types.js';

export interface Source {
  key: SourceKey;
  citation: string;
  /** What the project takes from it. */
  usedFor: string;
}

// The sources of docs/clinical-sources.md. "AcupressSafety" and "AcupressDefault" are not outside
// sources: they name the project's own cautious defaults and choices, and say so wherever used.
export const SOURCES: Readonly<Record<SourceKey, Source>> = {
  WHO08: {
    key: 'WHO08',
    citation:
      'WHO Standard Acupuncture Point Locations in the Western Pacific Region. WHO Regional Office for the Western Pacific, 2008.',
    usedFor: 'Point locations and the B-cun proportional measurement.',
  },
  CAM: {
    key: 'CAM',
    citation: 'Cheng Xinnong (ed.). Chinese Acupuncture and Moxibustion.',
    usedFor:
      'The standard-text low back pain prescription, extra points, landmark levels, finger measures and pregnancy cautions.',
  },
  GBT40997: {
    key: 'GBT40997',
    citation: 'GB/T 40997-2021. Chinese national standard for the locations of extra points.',
    usedFor: 'Locations of extra points not in WHO 2008 (Jiaji, Yaoyan, Yaotongdian).',
  },
  Carr2015: {
    key: 'Carr2015',
    citation: 'Carr (2015). A review of points traditionally avoided in pregnancy.',
    usedFor:
      'Found no objective evidence of harm from these points; we still leave them out in pregnancy as a cautious default.',
  },
  Murphy2019: {
    key: 'Murphy2019',
    citation:
      'Murphy (2019). Pain Medicine 20:2588. 67 people with chronic low back pain, self-administered acupressure.',
    usedFor:
      '3 minutes per point, 27–30 minutes a day, for 6 weeks; side effects were few and came from too much pressure.',
  },
  AcupressDefault: {
    key: 'AcupressDefault',
    citation:
      'Acupress defaults: starting values the project chose and states as its own, not taken from a trial.',
    usedFor:
      'The starting pressure target, the hold time for each side, tender spots first, and the order in which points give way when time is short.',
  },
  AcupressSafety: {
    key: 'AcupressSafety',
    citation:
      'Acupress safety defaults: cautious choices the project made from the safety facts in docs/clinical-sources.md.',
    usedFor: 'Cautious defaults chosen by the project where the sources give no rule.',
  },
  Ostelo2008: {
    key: 'Ostelo2008',
    citation:
      'Ostelo (2008). Spine 33:90. Minimal important change for pain and back-specific function scores.',
    usedFor:
      'What counts as a meaningful change in pain: 2 points on the 0–10 scale, or 30% from the start.',
  },
  Godley2020: {
    key: 'Godley2020',
    citation:
      'Godley & Smith (2020). Complementary Therapies in Clinical Practice 39:101146. Review of 6 trials of acupressure for low back pain.',
    usedFor:
      'Trials ran about 4 weeks on average: the time after which to expect a change, if any.',
  },
  Guidelines: {
    key: 'Guidelines',
    citation:
      'NICE NG59 (2016), low back pain and sciatica; American College of Physicians (2017), Annals of Internal Medicine 166:514; WHO guideline on chronic primary low back pain in adults (2023).',
    usedFor:
      'Exercise, staying active and education come first; none of them names acupressure, so Acupress presents it as an addition to them, never instead.',
  },
  Hill2011: {
    key: 'Hill2011',
    citation:
      'Hill (2011). The Lancet 378:1560. Stratified primary care for back pain (STarT Back), 851 patients in UK primary care.',
    usedFor:
      'Matching care to the STarT Back risk group improved disability at 12 months; the high-risk group was offered physiotherapy that also addresses worry and fear of movement.',
  },
};
