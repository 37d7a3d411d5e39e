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
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is not reachable at ${redact(url)} (${reason}); start it or set ` +
        'ACUPRESS_TEST_PG_URL to an admin URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).',
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.ACUPRESS_TEST_PG_URL?.trim() || DEFAULT_ADMIN_URL;
  const name = `acupress_test_${process.pid}_${Date.now()}`;

  const client = await adminClient(adminUrl);
  try {
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
