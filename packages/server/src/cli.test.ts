import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POINTS } from '@acupress/core';
import { describe, expect, it } from 'vitest';

// The real command in a child process, from source (tsx; core resolved from its source too).
// Few tests: each spawn costs about half a second.

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function acupress(
  args: string[],
  env: Record<string, string> = {},
  onStdout?: (text: string, kill: () => void) => void,
  stdin?: string,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', CLI, ...args],
      {
        cwd: REPO,
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdin.end(stdin ?? '');
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(stdout, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('acupress command', () => {
  it('points --json prints the atlas as a JSON array', async () => {
    const run = await acupress(['points', '--json']);
    expect(run.code).toBe(0);
    const points = JSON.parse(run.stdout) as { id: string; cautions: string[] }[];
    expect(points.map((p) => p.id)).toEqual(POINTS.map((p) => p.id));
  });

  it('an unknown command prints usage on stderr and exits 2', async () => {
    const run = await acupress(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("unknown command 'frobnicate'");
    expect(run.stderr).toContain('Usage: acupress');
  });

  it('invalid configuration names the variable and exits 2, without a stack trace', async () => {
    const run = await acupress(['start'], { PORT: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("PORT: must be a whole number from 0 to 65535, got 'abc'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('start migrates, serves, prints its URL and exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acupress-cli-'));
    let health: Promise<number> | undefined;
    try {
      const run = await acupress(['start'], { PORT: '0', ACUPRESS_DATA_DIR: dir }, (out, stop) => {
        const url = /serving (http:\/\/\S+)/.exec(out)?.[1];
        if (url && !health) {
          health = fetch(`${url}/api/health`).then((r) => {
            stop();
            return r.status;
          });
        }
      });
      expect(await health).toBe(200);
      expect(run.stdout).toMatch(/^Acupress \S+ serving http:\/\/127\.0\.0\.1:\d+ \(SQLite /);
      expect(run.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('user create makes the owner, reading the password from standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acupress-cli-'));
    try {
      const args = ['user', 'create', '--email', 'ana@example.org', '--name', 'Ana'];
      const env = { ACUPRESS_DATA_DIR: dir };
      const first = await acupress(args, env, undefined, 'a long enough password\n');
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Created ana@example.org, owner of the clinic "Ana"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
