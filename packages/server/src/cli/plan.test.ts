import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('refuses arguments', async () => {
    expect((await run('{}', ['--fast'])).code).toBe(2);
  });
});
