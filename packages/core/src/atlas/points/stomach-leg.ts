import type { Acupoint } from '../types.js';
import { bilateralPoint as point } from './bilateral-point.js';

// The Stomach points on the front of the leg, from the knee to the ankle (lateral-leg view).
// Location facts: WHO08 (docs/clinical-sources.md#points).
export const stomachLegPoints: Acupoint[] = [
  point(
    {
      id: 'ST35',
      pinyin: 'Dubi',
      hanzi: '犊鼻',
      english: 'Calf’s Nose',
      meridian: 'Stomach',
      region: 'knee',
      template: 'lateral-leg',
    },
    {
      // Seen from the outside, the hollow on the outer side of the ligament lies just behind its
      // front edge: drawn as a small step back from the ligament.
      sites: [
        {
          kind: 'at',
          anchor: { landmark: 'patellar-ligament' },
          offsets: [],
          beside: [{ direction: 'posterior', of: 'the patellar ligament' }],
        },
      ],
      locationFacts:
        'In the hollow on the outer side of the patellar ligament; with the knee bent, below and to the outer side of the kneecap.',
      instructions: [
        'Sit with the knee bent.',
        'Below the kneecap, feel the firm band that runs down from its lower tip (the patellar ligament).',
        'The point is in the hollow just to the outer side of that band.',
      ],
      byTouch: 'A soft hollow beside a firm band, just below the outer edge of the kneecap.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'ST36',
      pinyin: 'Zusanli',
      hanzi: '足三里',
      english: 'Leg Three Miles',
      meridian: 'Stomach',
      region: 'leg',
      template: 'lateral-leg',
    },
    {
      // The sources give the line ST35–ST41 but not its number of B-cun; the lower leg is scaled by
      // the popliteal crease to lateral-malleolus segment (16 B-cun, docs/clinical-sources.md#b-cun).
      sites: [
        {
          kind: 'at',
          anchor: { point: 'ST35' },
          offsets: [{ cun: 3, segment: 'popliteal-lateral-malleolus', towardPoint: 'ST41' }],
        },
      ],
      locationFacts:
        '3 B-cun below ST35, on the line from ST35 (beside the patellar ligament) to ST41 (at the front of the ankle).',
      instructions: [
        'Sit with the knee bent and find ST35, the hollow just outside the band below the kneecap.',
        'Go 3 cun down (about four fingers held together), along the line towards the middle of the front of the ankle.',
      ],
      byTouch: 'On the muscle just outside the shin bone.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
  point(
    {
      id: 'ST41',
      pinyin: 'Jiexi',
      hanzi: '解溪',
      english: 'Ravine Divide',
      meridian: 'Stomach',
      region: 'ankle',
      template: 'lateral-leg',
    },
    {
      sites: [{ kind: 'at', anchor: { landmark: 'ankle-front' }, offsets: [] }],
      locationFacts:
        'At the middle of the front of the ankle joint, between the tendons of the extensor hallucis longus and the extensor digitorum longus, on the line joining the prominences of the two ankle bones.',
      instructions: [
        'Sit with the foot flat. Lift the big toe: a tendon stands out at the front of the ankle, and the tendons to the other toes lie just outside it.',
        'Picture the line across the front of the ankle between the inner and outer ankle bones.',
        'The point is on that line, in the hollow between those tendons.',
      ],
      byTouch: 'A hollow at the front of the ankle, between two tendons.',
      cautions: [],
      prescription: { role: 'related' },
      sources: ['WHO08'],
    },
  ),
];
