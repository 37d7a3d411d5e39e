// Red flags for low back pain (AHCPR guide 14, NHS pathways, Verhagen 2016; restated in
// docs/clinical-sources.md#red-flags). Any positive answer stops the flow: no plan is made, the
// person is told how urgently to see whom. Questions are the project's own plain-language wording
// of each flag. A few flags are not asked but read from other answers (implied-flags.ts).

export type RedFlagGroup = 'cauda-equina' | 'cancer' | 'infection' | 'fracture' | 'clot' | 'other';

/**
 * Urgency per group (docs/clinical-sources.md#red-flags): emergency the same day, urgent,
 * see a doctor soon; and "same day" for a possible blood clot in the calf (#points, BL57).
 */
export type Urgency = 'emergency' | 'same-day' | 'urgent' | 'soon';

export const GROUP_URGENCY: Readonly<Record<RedFlagGroup, Urgency>> = {
  'cauda-equina': 'emergency',
  clot: 'same-day',
  cancer: 'urgent',
  infection: 'urgent',
  fracture: 'urgent',
  other: 'soon',
};

export const GROUP_LABEL: Readonly<Record<RedFlagGroup, string>> = {
  'cauda-equina': 'Signs of pressure on the nerves at the base of the spine (cauda equina)',
  cancer: 'Signs that need a check for a serious underlying cause, such as cancer',
  infection: 'Signs of a possible infection',
  fracture: 'Signs of a possible fracture',
  clot: 'Signs of a possible blood clot in the leg (deep vein thrombosis)',
  other: 'Signs of an inflammatory or neurological condition',
};

export const URGENCY_ADVICE: Readonly<Record<Urgency, string>> = {
  emergency:
    'Get medical help today: go to an emergency department or call your emergency number now. Do not wait to see if it settles.',
  'same-day':
    'See a doctor today, before pressing any point: call your doctor for a same-day appointment or go to an urgent care service.',
  urgent: 'See a doctor urgently, within the next day or two, before trying acupressure.',
  soon: 'Book an appointment with a doctor soon, before trying acupressure.',
};

export const RED_FLAG_IDS = [
  'saddle-numbness',
  'bladder-change',
  'bowel-control',
  'leg-weakness',
  'both-legs-sciatica',
  'cancer-history',
  'weight-loss',
  'age-new-episode',
  'night-pain',
  'no-improvement-month',
  'fever',
  'recent-infection',
  'iv-drug-use',
  'weakened-immunity',
  'major-trauma',
  'minor-trauma-fragile-bone',
  'sudden-central-pain',
  'deformity',
  'inflammatory-disease',
  'widespread-neuro',
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** Flags no question asks, read from other answers (implied-flags.ts). */
export const IMPLIED_FLAG_IDS = ['swollen-calf'] as const;
export type ImpliedFlagId = (typeof IMPLIED_FLAG_IDS)[number];

/** Every flag a referral can name: the questions', and those read from other answers. */
export const REFERRAL_FLAG_IDS = [...RED_FLAG_IDS, ...IMPLIED_FLAG_IDS] as const;
export type ReferralFlagId = RedFlagId | ImpliedFlagId;

export interface RedFlag {
  id: RedFlagId;
  group: RedFlagGroup;
  /** The yes/no question, in plain words. */
  question: string;
  /** How the referral summary reports a yes. */
  reported: string;
  /** Why the question is asked the way it is, where it narrows the source's flag. */
  note?: string;
}

interface ReferralFlag {
  id: ReferralFlagId;
  group: RedFlagGroup;
  reported: string;
}

const flag = (
  id: RedFlagId,
  group: RedFlagGroup,
  question: string,
  reported: string,
  note?: string,
): RedFlag => ({ id, group, question, reported, ...(note ? { note } : {}) });

// One entry per flag of the red-flag table (docs/clinical-sources.md#red-flags), in its order.
export const RED_FLAGS: readonly RedFlag[] = [
  flag(
    'saddle-numbness',
    'cauda-equina',
    'Is there numbness or tingling around your bottom, genitals or inner thighs (the area that would touch a saddle)?',
    'numbness in the saddle area',
  ),
  flag(
    'bladder-change',
    'cauda-equina',
    'Have you recently had new trouble passing urine, or leaked urine without meaning to?',
    'new difficulty passing urine, or incontinence',
  ),
  flag(
    'bowel-control',
    'cauda-equina',
    'Have you lost control of your bowels?',
    'loss of bowel control',
  ),
  flag(
    'leg-weakness',
    'cauda-equina',
    'Is one or both legs badly or increasingly weak, for example the foot slapping down or dragging when you walk?',
    'severe or worsening leg weakness',
  ),
  flag(
    'both-legs-sciatica',
    'cauda-equina',
    'Does pain shoot down both legs?',
    'sciatica in both legs',
  ),
  flag('cancer-history', 'cancer', 'Have you ever had cancer?', 'a history of cancer'),
  flag(
    'weight-loss',
    'cancer',
    'Have you lost weight recently without trying?',
    'unexplained weight loss',
  ),
  flag(
    'age-new-episode',
    'cancer',
    'Is this a new episode of back pain, and are you over 50 or under 20?',
    'a new episode of back pain over the age of 50 or under 20',
  ),
  flag(
    'night-pain',
    'cancer',
    'Is the pain there at night, or worse when you lie down?',
    'pain at night or worse lying down',
  ),
  // The sources list this flag without conditions; Acupress narrows it to pain no doctor has
  // checked, and says so where it asks (docs/clinical-sources.md#decisions).
  flag(
    'no-improvement-month',
    'cancer',
    'Has the pain not improved at all over the past month, without a doctor having checked it?',
    'no improvement after a month, not yet checked by a doctor',
    'The sources count "no improvement after a month" as a warning sign on its own. Acupress asks only about pain no doctor has checked, so that long-standing pain a doctor has already assessed does not send you back at every check-in. If a doctor has not seen it since it stopped improving, or you are not sure, answer yes.',
  ),
  flag(
    'fever',
    'infection',
    'Have you had a fever or chills with this back pain?',
    'fever or chills',
  ),
  flag(
    'recent-infection',
    'infection',
    'Have you recently had a bacterial infection (for example a urine or skin infection treated with antibiotics)?',
    'a recent bacterial infection',
  ),
  flag(
    'iv-drug-use',
    'infection',
    'Have you ever injected drugs into a vein?',
    'intravenous drug use',
  ),
  flag(
    'weakened-immunity',
    'infection',
    'Is your immune system weakened, for example by long-term steroids, a transplant or HIV?',
    'weakened immunity',
  ),
  flag(
    'major-trauma',
    'fracture',
    'Did the pain start after a major injury, such as a road accident or a fall from a height?',
    'major trauma',
  ),
  flag(
    'minor-trauma-fragile-bone',
    'fracture',
    'Did it start after a minor fall or knock, and do you have osteoporosis or take steroid tablets?',
    'minor trauma with osteoporosis or steroid use',
  ),
  flag(
    'sudden-central-pain',
    'fracture',
    'Did a sudden, severe pain start in the middle of your back that eases when you lie down?',
    'sudden severe central pain eased by lying down',
  ),
  flag(
    'deformity',
    'fracture',
    'Is there a visible new bump, step or change of shape in your spine?',
    'visible deformity',
  ),
  flag(
    'inflammatory-disease',
    'other',
    'Have you been told you have an inflammatory disease of the spine or joints, such as ankylosing spondylitis?',
    'inflammatory disease',
  ),
  flag(
    'widespread-neuro',
    'other',
    'Do you have numbness, tingling or weakness in many parts of your body, not just one leg?',
    'widespread neurological symptoms',
  ),
];

export const RED_FLAG_BY_ID: ReadonlyMap<RedFlagId, RedFlag> = new Map(
  RED_FLAGS.map((f) => [f.id, f]),
);

/** The flags read from other answers, in the same shape. */
export const IMPLIED_FLAGS: readonly ReferralFlag[] = [
  // docs/clinical-sources.md#points (BL57, BL58): an acutely swollen, red or hot calf can be a
  // deep vein thrombosis, to be referred.
  { id: 'swollen-calf', group: 'clot', reported: 'a swollen, red, hot or inflamed calf' },
];

const ALL_FLAGS: readonly ReferralFlag[] = [...RED_FLAGS, ...IMPLIED_FLAGS];

export const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'same-day', 'urgent', 'soon'];

export interface RedFlagGroupOutcome {
  group: RedFlagGroup;
  label: string;
  urgency: Urgency;
  flags: ReferralFlag[];
}

export interface RedFlagOutcome {
  /** The most urgent of the positive groups. */
  urgency: Urgency;
  advice: string;
  groups: RedFlagGroupOutcome[];
}

/** The referral outcome of a red-flag screen, or null when every answer is no. */
export function redFlagOutcome(positive: Iterable<ReferralFlagId>): RedFlagOutcome | null {
  const yes = new Set(positive);
  const groups: RedFlagGroupOutcome[] = [];
  for (const f of ALL_FLAGS) {
    if (!yes.has(f.id)) continue;
    let g = groups.find((x) => x.group === f.group);
    if (!g) {
      g = {
        group: f.group,
        label: GROUP_LABEL[f.group],
        urgency: GROUP_URGENCY[f.group],
        flags: [],
      };
      groups.push(g);
    }
    g.flags.push(f);
  }
  if (groups.length === 0) return null;
  groups.sort((a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency));
  const urgency = groups[0]!.urgency;
  return { urgency, advice: URGENCY_ADVICE[urgency], groups };
}
