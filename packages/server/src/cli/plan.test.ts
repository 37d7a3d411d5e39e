import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanOutcome } from '@acupress/core';
import { EDGE_ROWS } from '../../../core/src/plan/test-api-rows.js';
import type { Io } from './io.js';
import { planCommand } from './plan.js';

// The command in-process with its input given; the spawned CLI is covered in cli.test.ts.
const example = (name: string): string =>
  readFileSync(new URL(`../../../../docs/examples/${name}`, import.meta.url), 'utf8');

async function run(
  input: string,
  args: string[] = [],
): Promise<{ code: number | string; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await planCommand(() => Promise.resolve(input))(args, io);
  return { code, out, err };
}

describe('acupress plan', () => {
  it('prints the plan and exits 0', async () => {
    const r = await run(example('assessment.json'));
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as { kind: string; steps: { pointId?: string }[] };
    expect(plan.kind).toBe('plan');
    expect(plan.steps.map((s) => s.pointId)).toContain('BL23');
  });

  it('prints the referral and exits 3 for a red flag', async () => {
    const r = await run(example('assessment-red-flag.json'));
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'referral', urgency: 'emergency' });
  });

  it('prints the validation errors, naming each field, and exits 2', async () => {
    const bad = JSON.parse(example('assessment.json')) as {
      pain: { intensity: number }[];
      preferences: { minutes: number };
    };
    bad.pain[0]!.intensity = 11;
    bad.preferences.minutes = 0;
    const r = await run(JSON.stringify(bad));
    expect(r.code).toBe(2);
    const fields = (
      JSON.parse(r.out) as { error: { issues: { field: string }[] } }
    ).error.issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['pain.0.intensity', 'preferences.minutes']));
  });

  it('refuses input that is not JSON with exit 2', async () => {
    const r = await run('{ not json');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/not JSON/);
  });

  it.each(EDGE_ROWS)(
    'applies the safety rule: $name ($source)',
    async ({ patch, invalid, referral, safety = [], how = [], check }) => {
      const body = JSON.parse(example('assessment.json')) as Record<string, unknown>;
      patch(body);
      const r = await run(JSON.stringify(body));
      if (invalid) {
        expect(r.code).toBe(2);
        const fields = (
          JSON.parse(r.out) as { error: { issues: { field: string }[] } }
        ).error.issues.map((i) => i.field);
        expect(fields).toContain(invalid);
        return;
      }
      const out = JSON.parse(r.out) as PlanOutcome;
      if (referral) {
        expect(r.code).toBe(3);
        expect(out).toMatchObject({ kind: 'referral', urgency: referral });
        return;
      }
      expect(r.code).toBe(0);
      if (out.kind !== 'plan') throw new Error('expected a plan');
      const left = (category: string) =>
        out.decisions.filter((d) => !d.included && d.category === category).map((d) => d.id);
      for (const id of safety) expect(left('safety'), `${id} left out for safety`).toContain(id);
      for (const id of how) expect(left('how'), `${id} left out for how`).toContain(id);
      check?.(out);
    },
  );

  it('refuses arguments', async () => {
    expect((await run('{}', ['--fast'])).code).toBe(2);
  });
});
