import pg from 'pg';
import type { TestProject } from 'vitest/node';

// Vitest globalSetup of the server project: one fresh PostgreSQL database per run, dropped at
// the end. Test files each work in their own schema inside it (test-databases.ts), so files
// can run in parallel. PostgreSQL is required: an unreachable server fails the run, never skips.

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of this run's PostgreSQL test database. */
    pgUrl: string;
  }
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const redact = (url: string): string => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
};

async function adminClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    // pg reports "localhost" (two addresses) as an AggregateError with an empty message.
    const reason =
      error instanceof AggregateError
        ? error.errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ')
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(
      `PostgreSQL is not reachable at ${redact(url)} (${reason}); start it or set ` +
        'ACUPRESS_TEST_PG_URL to an admin URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).',
    );
  }
}

/** Runs killed before their teardown leave databases behind; a run never lasts this long. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

async function dropStaleDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'acupress\\_test\\_%'",
  );
  for (const { datname } of rows) {
    const started = Number(/^acupress_test_\d+_(\d+)$/.exec(datname)?.[1]);
    if (started && Date.now() - started > STALE_AFTER_MS) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.ACUPRESS_TEST_PG_URL?.trim() || DEFAULT_ADMIN_URL;
  const name = `acupress_test_${process.pid}_${Date.now()}`;

  const client = await adminClient(adminUrl);
  try {
    await dropStaleDatabases(client);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  project.provide('pgUrl', url.toString());

  return async () => {
    const c = await adminClient(adminUrl);
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };
}
