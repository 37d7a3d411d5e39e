import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';
import type { DialectName } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { openTestDatabase, type TestDatabase } from '../storage/test-databases.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A folder that never holds a web build: the app serves its "not built" page. */
export const NO_WEB_ROOT = join(tmpdir(), 'acupress-no-web-build');

/** The real app on a fresh, migrated database, silent, for `app.inject`. */
export async function createTestApp(
  options: {
    dialect?: DialectName;
    webRoot?: string;
    setup?: (app: FastifyInstance) => void;
    /** Clock, proxy trust and session timeouts, passed to buildApp. */
    app?: Pick<AppOptions, 'now' | 'trustProxy' | 'authSessionTimeouts'>;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(options.dialect ?? 'sqlite');
  await migrateToLatest(database.db);
  const app = buildApp({
    storage: database,
    logger: false,
    webRoot: options.webRoot ?? NO_WEB_ROOT,
    version: '9.9.9-test',
    ...options.app,
  });
  options.setup?.(app);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

/** The parsed JSON body of an inject response, typed by the caller's expectation. */
export const json = <T = Record<string, unknown>>(res: { body: string }): T =>
  JSON.parse(res.body) as T;
