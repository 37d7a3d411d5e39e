import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../storage/connect.js';
import type { Io } from './io.js';
import { parseFlags, userCommand } from './user.js';

// The command in-process on a temporary SQLite file; the spawned CLI is covered in cli.test.ts.
const dir = mkdtempSync(join(tmpdir(), 'acupress-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], password = 'a long enough password') {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  let asked = false;
  const code = await userCommand({
    env: { ACUPRESS_DATA_DIR: dir },
    readPassword: () => {
      asked = true;
      return Promise.resolve(password);
    },
  })(args, io);
  return { code, out, err, asked };
}

const owners = async () => {
  const storage = openSqlite(join(dir, 'acupress.sqlite'));
  try {
    return await storage.db
      .selectFrom('users')
      .innerJoin('clinics', 'clinics.id', 'users.clinic_id')
      .select(['users.email', 'users.role', 'clinics.name'])
      .execute();
  } finally {
    await storage.close();
  }
};

describe('acupress user create', () => {
  it('refuses invalid input with exit 2, naming what is wrong, before asking a password', async () => {
    const r = await run(['create', '--email', 'nope', '--name', '']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--email must be an email address');
    expect(r.err).toContain('--name is required');
    expect(r.asked).toBe(false);
    expect((await run(['create', '--email'])).err).toContain('--email needs a value');
    expect((await run(['create', '--password', 'x'])).err).toContain(
      "unknown argument '--password'",
    );
    expect((await run(['delete'])).code).toBe(2);
    const role = await run(['create', '--email', 'a@b.org', '--name', 'A', '--role', 'client']);
    expect(role.code).toBe(2);
    expect(role.err).toContain('invitation link');
  });

  it('refuses a weak password with exit 2 and creates nothing', async () => {
    const r = await run(['create', '--email', 'ana@example.org', '--name', 'Ana'], 'short');
    expect(r.code).toBe(2);
    expect(r.err).toContain('password: must be at least 10 characters');
    expect(await owners()).toEqual([]);
  });

  it('creates the clinic and owner on an empty database', async () => {
    const r = await run([
      'create',
      '--email=Ana@Example.org',
      '--name',
      'Ana',
      '--clinic',
      'Back Care',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Created ana@example.org, owner of the clinic "Back Care"');
    expect(await owners()).toEqual([
      { email: 'ana@example.org', role: 'owner', name: 'Back Care' },
    ]);
  });

  it('refuses a second owner setup with a clear message and exit 1', async () => {
    const r = await run(['create', '--email', 'bob@example.org', '--name', 'Bob']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already set up \(an owner exists\), so no second owner is made/);
    expect(await owners()).toHaveLength(1);
  });

  it('adds another clinic with its owner when --clinic names it; refuses a taken email', async () => {
    const r = await run([
      'create',
      '--email',
      'cy@example.org',
      '--name',
      'Cy',
      '--clinic',
      'Cy’s',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(await owners()).toHaveLength(2);
    const taken = await run([
      'create',
      '--email',
      'ana@example.org',
      '--name',
      'A',
      '--clinic',
      'X',
    ]);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('already exists');
  });
});

describe('parseFlags', () => {
  it('reads both --flag value and --flag=value', () => {
    expect(parseFlags(['--email', 'a@b.org', '--name=Ana Li'])).toEqual({
      email: 'a@b.org',
      name: 'Ana Li',
    });
  });
});
