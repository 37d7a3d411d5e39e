import { START_BACK_COPYRIGHT } from './questionnaires.js';

// Texts of the questionnaires Acupress ships (docs/clinical-sources.md#outcome-measures). A validated questionnaire is
// used in its own words: rewording would change what it measures. ODI and Roland-Morris are
// licensed and not shipped; a clinic loads them under its own licence (questionnaire-definition.ts).

/** NRS (docs/clinical-sources.md#outcome-measures). */
export const NRS_QUESTION =
  'How bad is your pain right now, from 0 (no pain) to 10 (the worst you can imagine)?';

/** PEG (Krebs 2009): three items 0–10 about the past week; the score is their mean. */
export const PEG_ITEMS = {
  pain: 'What number best describes your pain on average in the past week? (0 no pain, 10 as bad as you can imagine)',
  enjoyment:
    'What number best describes how, during the past week, pain has interfered with your enjoyment of life? (0 not at all, 10 completely)',
  activity:
    'What number best describes how, during the past week, pain has interfered with your general activity? (0 not at all, 10 completely)',
} as const;

/** STarT Back Screening Tool (Hill 2008), items 1–8: agree or disagree, thinking about the last 2 weeks. */
export const START_BACK_ITEMS: readonly string[] = [
  'My back pain has spread down my leg(s) at some time in the last 2 weeks',
  'I have had pain in the shoulder or neck at some time in the last 2 weeks',
  'I have only walked short distances because of my back pain',
  'In the last 2 weeks, I have dressed more slowly than usual because of back pain',
  'It’s not really safe for a person with a condition like mine to be physically active',
  'Worrying thoughts have been going through my mind a lot of the time',
  'I feel that my back pain is terrible and it’s never going to get any better',
  'In general I have not enjoyed all the things I used to enjoy',
];

export const START_BACK_BOTHER_QUESTION =
  'Overall, how bothersome has your back pain been in the last 2 weeks?';
export const START_BACK_BOTHER_OPTIONS = [
  { value: 'not-at-all', label: 'Not at all' },
  { value: 'slightly', label: 'Slightly' },
  { value: 'moderately', label: 'Moderately' },
  { value: 'very-much', label: 'Very much' },
  { value: 'extremely', label: 'Extremely' },
] as const;

export const START_BACK_NOTICE = START_BACK_COPYRIGHT;

export const START_BACK_RISK_TEXT = {
  low: 'Low risk: back pain in this group usually does well with advice and self-management.',
  medium:
    'Medium risk: physical factors are prominent; a physiotherapist or practitioner can help.',
  high: 'High risk: worries and low mood are part of the picture; care that addresses both body and mind helps most.',
} as const;
