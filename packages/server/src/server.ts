import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config/config.js';
import { connectDatabase } from './storage/connect.js';
import type { Storage } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';

export interface RunningServer {
  app: FastifyInstance;
  storage: Storage;
  /** Where it answers, e.g. http://127.0.0.1:8080. */
  url: string;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  webRoot?: string;
}

/** Opens and migrates the database, then listens. What `acupress start` runs. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const storage = await connectDatabase(config.database);
  let app: FastifyInstance | undefined;
  try {
    await migrateToLatest(storage.db);
    app = buildApp({
      storage,
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
      trustProxy: config.trustProxy,
      authSessionTimeouts: {
        idleMs: config.authSessions.idleMinutes * 60_000,
        absoluteMs: config.authSessions.maxDays * 24 * 60 * 60_000,
      },
      ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  const host = wildcard
    ? 'localhost'
    : config.host.includes(':')
      ? `[${config.host}]`
      : config.host;
  const running = app;
  return {
    app: running,
    storage,
    url: `http://${host}:${port}`,
    async close() {
      await running.close();
      await storage.close();
    },
  };
}
