import type { Assessment } from '../assessment/assessment-schema.js';
import { startBackScore } from '../assessment/questionnaires.js';
import { DOSE_NOTES } from './dosing.js';
import type { PlanStep, Statement } from './plan-types.js';

const DO_NOT_PRESS: Statement = {
  text: 'Never press on broken, irritated or blistered skin, bruises, new scars, varicose veins, swollen or inflamed areas, lines, tubes or devices, or a known tumour.',
  source: 'AcupressSafety',
};

// Guidelines put exercise, staying active and education first; acupressure is an addition to
// them, never instead (docs/clinical-sources.md#protocols).
const ACTIVE_FIRST: Statement = {
  text: 'Keep moving and keep up the exercise you have been advised: guidelines put staying active and exercise first for back pain. Acupressure is an addition to them, not a replacement.',
  source: 'Guidelines',
};

/**
 * Advice that changes what to do besides pressing. A high-risk STarT Back result (Hill 2008
 * scoring) is a reason to see a clinician, with what the trial behind the tool found
 * (docs/clinical-sources.md#outcome-measures, Hill 2011).
 */
export function adviceFor(a: Assessment): Statement[] {
  const sb = a.questionnaires.startBack;
  if (!sb || startBackScore(sb).risk !== 'high') return [];
  return [
    {
      text: 'Your STarT Back answers put you in its high-risk group. This is not a diagnosis, but it is a reason to see a clinician, such as a physiotherapist or your doctor, alongside or before acupressure. In the trial that matched care to these groups (851 people in UK primary care), the high-risk group was offered physiotherapy that also addresses worry and fear of movement, and matched care improved disability at 12 months compared with usual care.',
      source: 'Hill2011',
    },
  ];
}

export function notesFor(a: Assessment, steps: readonly PlanStep[]): Statement[] {
  const notes: Statement[] = [ACTIVE_FIRST, DO_NOT_PRESS];
  if (a.profile.pregnancy !== 'no') {
    notes.push({
      text: 'Points traditionally avoided in pregnancy, every low back and sacral point, and any tender spot on the low back, the sacrum, the belly or near such a point are left out. A 2015 review found no objective evidence of harm from these points; leaving them out is a cautious default.',
      source: 'Carr2015',
    });
  }
  if (a.pain.some((m) => m.region.startsWith('thigh-lateral'))) {
    notes.push({
      text: 'No point Acupress proposes lies on the outer thigh: mark tender spots you find there, and they are pressed first.',
      source: 'AcupressDefault',
    });
  }
  if (steps.length === 0) {
    notes.push({
      text: 'No point is suitable for your answers today. A practitioner can look at what is possible for you.',
      source: 'AcupressSafety',
    });
  }
  notes.push(...DOSE_NOTES);
  return notes;
}
