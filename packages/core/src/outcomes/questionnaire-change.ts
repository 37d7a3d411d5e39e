import { instant } from '../care/care-time.js';
import {
  pegScore,
  startBackScore,
  type PegAnswers,
  type StartBackAnswers,
} from '../assessment/questionnaires.js';
import { oneDecimal, pointsWord } from './exact-change.js';
import type { QuestionnaireChange } from './progress-schema.js';

// PEG (Krebs 2009) and STarT Back (Hill 2008) at the first check-in that asked them and at the
// latest. The sources used here give no meaningful-change threshold for PEG, so its change is
// shown and never judged. A high STarT Back risk is a reason to see a clinician (Hill 2011), not
// a diagnosis.

/** The scores a saved check-in carries (the assessment's questionnaires) and when it was saved. */
export interface CheckInScores {
  at: string;
  peg?: PegAnswers;
  startBack?: StartBackAnswers;
}

const RISK_WORDS = { low: 'low risk', medium: 'medium risk', high: 'high risk' } as const;

export function questionnaireChange(checkIns: readonly CheckInScores[]): QuestionnaireChange {
  const ordered = [...checkIns].sort((a, b) => instant(a.at) - instant(b.at));
  const pegs = ordered.flatMap((c) => (c.peg ? [{ at: c.at, score: pegScore(c.peg) }] : []));
  const sbs = ordered.flatMap((c) =>
    c.startBack ? [{ at: c.at, ...startBackScore(c.startBack) }] : [],
  );
  const out: QuestionnaireChange = {};
  const firstPeg = pegs[0];
  if (firstPeg) {
    const latest = pegs.length > 1 ? pegs[pegs.length - 1]! : undefined;
    const intro = `PEG (average pain and how much it gets in the way of enjoying life and of daily activity, 0–10; Krebs 2009): ${oneDecimal(firstPeg.score)} at your first check-in`;
    if (!latest)
      out.peg = {
        first: firstPeg,
        text: `${intro}. Answered again at a later check-in, it will show the change.`,
        source: 'Krebs2009',
      };
    else {
      const change = latest.score - firstPeg.score;
      out.peg = {
        first: firstPeg,
        latest,
        changePoints: change,
        ...(firstPeg.score > 0 ? { changePercent: (change / firstPeg.score) * 100 } : {}),
        text: `${intro}, ${oneDecimal(latest.score)} at your latest (${pointsWord(change)}). The sources used here give no threshold for a meaningful change in PEG, so no verdict is drawn from it.`,
        source: 'Krebs2009',
      };
    }
  }
  const firstSb = sbs[0];
  if (firstSb) {
    const latest = sbs.length > 1 ? sbs[sbs.length - 1]! : undefined;
    const shown = latest ?? firstSb;
    const at = (s: typeof firstSb) => `${RISK_WORDS[s.risk]} (total ${s.total} of 9)`;
    const high =
      shown.risk === 'high'
        ? ' A high-risk result is a reason to see a clinician, who can offer care that also addresses worry and fear of movement (Hill 2011); it is not a diagnosis.'
        : '';
    out.startBack = {
      first: {
        at: firstSb.at,
        total: firstSb.total,
        psychosocial: firstSb.psychosocial,
        risk: firstSb.risk,
      },
      ...(latest
        ? {
            latest: {
              at: latest.at,
              total: latest.total,
              psychosocial: latest.psychosocial,
              risk: latest.risk,
            },
          }
        : {}),
      text: `STarT Back (Hill 2008): ${at(firstSb)} at your first check-in${latest ? `, ${at(latest)} at your latest` : ''}.${high}`,
      source: shown.risk === 'high' ? 'Hill2011' : 'Hill2008',
    };
  }
  return out;
}
