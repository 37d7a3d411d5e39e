import type { Acupoint } from '../types.js';
import { LUMBOSACRAL } from './cautions.js';

// EX-B2 Jiaji (Huatuojiaji): CAM and GB/T 40997 (docs/clinical-sources.md#points) place one point 0.5 cun
// out from the lower border of each spinous process from T1 to L5, 17 on each side. Each level
// is its own atlas entry (EX-B2-T1 … EX-B2-L5), because a plan picks the levels that hurt.
const LEVELS = [
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
];

function jiaji(level: string): Acupoint {
  const lumbar = level.startsWith('L');
  return {
    id: `EX-B2-${level}`,
    code: 'EX-B2',
    pinyin: 'Jiaji',
    hanzi: '夹脊',
    english: `Spine-Pressing Point at ${level}`,
    meridian: 'Extra',
    region: lumbar ? 'lumbar' : 'thoracic',
    template: 'posterior',
    laterality: 'bilateral',
    sites: [
      {
        kind: 'at',
        anchor: { landmark: level },
        offsets: [{ cun: 0.5, segment: 'scapulae-medial-borders', direction: 'lateral' }],
      },
    ],
    locationFacts: `0.5 B-cun out from the lower border of the ${level} spinous process, on each side. One of 17 Jiaji levels (T1 to L5). Not in WHO 2008; located by CAM and GB/T 40997.`,
    instructions: lumbar
      ? [
          'Find L4: the line between the tops of your hip bones crosses the spine at about L4.',
          `Count the bony bumps of the spine from there to ${level}.`,
          'Just below the tip of that bump, move half a thumb width out to each side.',
        ]
      : [
          'Bend the head forward: the most prominent bump at the base of the neck is C7. The next one down is T1.',
          'With arms relaxed, the lower tips of the shoulder blades are level with about T7 (CAM).',
          `Count the bumps to ${level}, then move half a thumb width out to each side, level with the lower edge of the bump.`,
        ],
    byTouch: 'In the groove right beside the spine, where the muscle meets the bone.',
    // The facts table gives no caution for Jiaji; the lumbar levels lie in the lumbosacral
    // region, so the pregnancy default for lumbosacral points (docs/clinical-sources.md#pregnancy) applies to them.
    cautions: lumbar ? [LUMBOSACRAL] : [],
    prescription: { role: 'related' },
    sources: ['CAM', 'GBT40997'],
    notInWho08: true,
  };
}

export const jiajiPoints: Acupoint[] = LEVELS.map(jiaji);
