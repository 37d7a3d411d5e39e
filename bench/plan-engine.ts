import { makePlan, parseAssessment, type Assessment, type AssessmentInput } from '@acupress/core';
import { baseAssessment } from '../packages/core/src/plan/test-assessments.js';

/** A spread of valid assessments: the base case and common variations. */
function workload(): Assessment[] {
  const variants: ((a: AssessmentInput) => void)[] = [
    () => {},
    (a) => void (a.radiation = { side: 'left', extent: 'below-knee' }),
    (a) => void (a.profile.pregnancy = 'yes'),
    (a) => void ((a.preferences.mode = 'self-care'), (a.preferences.minutes = 10)),
    (a) =>
      void (a.pain = [
        { region: 'thoracic-midline', intensity: 5, quality: 'aching' },
        { region: 'lumbar-left', intensity: 7, quality: 'sharp' },
      ]),
    (a) => void (a.profile.sites = [{ kind: 'varicose-veins', region: 'knee', side: 'both' }]),
    (a) => void (a.ashi = [{ template: 'posterior', x: 105, y: 230 }]),
    (a) => void (a.redFlags.fever = true),
  ];
  return variants.map((v) => {
    const a = baseAssessment();
    v(a);
    const parsed = parseAssessment(a);
    if (!parsed.ok) throw new Error('bench workload is invalid');
    return parsed.value;
  });
}

/** Plans per second in this process (one core), over `ms` of repeated runs of the workload. */
export function plansPerSecond(ms = 2000): number {
  const inputs = workload();
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += makePlan(inputs[i % inputs.length]!).kind.length; // warm-up
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    for (let i = 0; i < 200; i++) sink += makePlan(inputs[(n + i) % inputs.length]!).kind.length;
    n += 200;
  }
  const elapsed = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return (n / elapsed) * 1000;
}

if (process.argv[1]?.endsWith('plan-engine.ts')) console.log(Math.round(plansPerSecond()));
