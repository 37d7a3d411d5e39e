// Scoring of the questionnaires shipped with Acupress (docs/clinical-sources.md#outcome-measures).

/** NRS: one whole number, 0 no pain, 10 worst (docs/clinical-sources.md#outcome-measures). */
export const isNrs = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10;

/**
 * PEG (Krebs 2009, docs/clinical-sources.md#outcome-measures): three items 0–10 over the past week (average pain,
 * interference with enjoyment of life, with general activity); the score is their mean.
 */
export interface PegAnswers {
  pain: number;
  enjoyment: number;
  activity: number;
}
export const pegScore = (a: PegAnswers): number => (a.pain + a.enjoyment + a.activity) / 3;

/**
 * STarT Back (Hill 2008, docs/clinical-sources.md#outcome-measures). Items 1–8 score 1 for "agree"; item 9 scores 1 for
 * "very much" or "extremely". Total 0–9; psychosocial subscale = items 5–9. Total ≤ 3: low risk;
 * total ≥ 4 with subscale ≤ 3: medium; subscale ≥ 4: high.
 * © Keele University: free for non-commercial use; the notice must stay with the questionnaire.
 */
export const START_BACK_COPYRIGHT =
  'STarT Back Screening Tool © Keele University. Free for non-commercial use.';

export type StartBackBother = 'not-at-all' | 'slightly' | 'moderately' | 'very-much' | 'extremely';

export interface StartBackAnswers {
  /** Items 1–8: true for "agree". */
  agree: [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
  /** Item 9: overall bothersomeness. */
  bother: StartBackBother;
}

export type StartBackRisk = 'low' | 'medium' | 'high';

export interface StartBackScore {
  total: number;
  psychosocial: number;
  risk: StartBackRisk;
}

export function startBackScore(a: StartBackAnswers): StartBackScore {
  const item9 = a.bother === 'very-much' || a.bother === 'extremely' ? 1 : 0;
  const items = [...a.agree.map((x) => (x ? 1 : 0)), item9];
  const total = items.reduce((s, x) => s + x, 0);
  const psychosocial = items.slice(4).reduce((s, x) => s + x, 0);
  const risk: StartBackRisk = total <= 3 ? 'low' : psychosocial >= 4 ? 'high' : 'medium';
  return { total, psychosocial, risk };
}
