import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTH_SESSION_COOKIE } from './http/auth-session-cookie.js';
import { SQLITE_FILE_NAME } from './config/config.js';
import { exampleAssessmentJson } from './testing/test-examples.js';
import { sessionLog, sessionStart } from './testing/test-sessions.js';

// DESIGN.md, Reliability: "A write that the API acknowledged survives kill -9 of the server; the
// database passes its integrity check after restart." The real server in a child process on a
// real SQLite file (the embedded default), killed with SIGKILL right after its 2xx answers:
// no shutdown hook runs and nothing the process held in memory survives. (The operating system's
// buffers do survive a killed process, so a power cut is a stronger test than this one; that
// is why connect.test.ts separately asserts WAL with synchronous=FULL.)

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'acupress-kill-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** `acupress start` on the test's data directory, resolved once it prints its URL. */
function startServer(): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    ACUPRESS_DATA_DIR: dir,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, 'start'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /serving (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child, exited });
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    void exited.then((how) => reject(new Error(`server exited (${String(how)}): ${err}`)));
  });
}

interface Client {
  cookie: string;
  csrf: string;
}

async function call(
  server: Server,
  method: string,
  path: string,
  client?: Client,
  body?: unknown,
): Promise<{ status: number; body: unknown; cookie?: string }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (client) Object.assign(headers, { cookie: client.cookie, 'x-csrf-token': client.csrf });
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${AUTH_SESSION_COOKIE}=`))
    ?.split(';')[0];
  return { status: res.status, body: await res.json(), ...(cookie ? { cookie } : {}) };
}

describe('an acknowledged write survives kill -9', () => {
  it('keeps the check-in, the session and its log; the file passes its integrity check', async () => {
    const first = await startServer();
    const setup = await call(first, 'POST', '/api/setup', undefined, {
      clinicName: 'Home',
      name: 'Ana',
      email: 'ana@example.org',
      password: 'a long enough password',
    });
    expect(setup.status).toBe(201);
    const client: Client = {
      cookie: setup.cookie ?? '',
      csrf: (setup.body as { csrfToken: string }).csrfToken,
    };
    const assessment = exampleAssessmentJson();
    const checkIn = await call(first, 'POST', '/api/people/me/check-ins', client, { assessment });
    expect(checkIn.status).toBe(201);
    const checkInId = (checkIn.body as { id: string }).id;
    const id = randomUUID();
    const sessionUrl = `/api/people/me/sessions/${id}`;
    expect((await call(first, 'PUT', sessionUrl, client, sessionStart(checkInId))).status).toBe(
      201,
    );
    const logged = await call(first, 'PUT', `${sessionUrl}/log`, client, sessionLog());
    expect(logged.status).toBe(200);

    // Straight after the last 2xx: no graceful shutdown, no checkpoint.
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const second = await startServer();
    const list = await call(second, 'GET', '/api/people/me/sessions', client);
    expect(list.status).toBe(200);
    expect((list.body as { sessions: unknown[] }).sessions).toEqual([logged.body]);
    const checkIns = await call(second, 'GET', '/api/people/me/check-ins', client);
    expect((checkIns.body as { checkIns: { id: string }[] }).checkIns.map((c) => c.id)).toEqual([
      checkInId,
    ]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const db = new BetterSqlite3(join(dir, SQLITE_FILE_NAME), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    // Two starts from source (tsx) take most of it: about 2 s each on an idle machine.
  }, 40_000);
});
