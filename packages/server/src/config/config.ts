import { isAbsolute, join, resolve } from 'node:path';
import { fail, ok, type FieldIssue, type Result } from '@acupress/core';

/** Where the data lives: an SQLite file by default, PostgreSQL when DATABASE_URL is set. */
export type DatabaseConfig =
  { kind: 'sqlite'; dir: string; file: string } | { kind: 'postgres'; url: string };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  logLevel: LogLevel;
  database: DatabaseConfig;
  /** Believe X-Forwarded-Proto/-For/-Host from a reverse proxy. */
  trustProxy: boolean;
  authSessions: { idleMinutes: number; maxDays: number };
}

export const SQLITE_FILE_NAME = 'acupress.sqlite';

/** The environment variables the server reads, for `acupress help` and the README. */
export const ENV_HELP: readonly (readonly [string, string])[] = [
  ['PORT', 'TCP port to listen on (default 8080)'],
  ['HOST', 'address to bind (default 127.0.0.1; 0.0.0.0 for all interfaces)'],
  ['ACUPRESS_DATA_DIR', `directory of the SQLite file ${SQLITE_FILE_NAME} (default ./data)`],
  ['DATABASE_URL', 'postgres://user@host:5432/db to use PostgreSQL instead of SQLite'],
  ['LOG_LEVEL', `${LOG_LEVELS.join(', ')} (default info)`],
  ['ACUPRESS_TRUST_PROXY', '1 behind a reverse proxy that sets X-Forwarded-Proto/-For (default 0)'],
  ['ACUPRESS_SESSION_IDLE_MINUTES', 'sign out after this long unused (default 480: 8 hours)'],
  ['ACUPRESS_SESSION_MAX_DAYS', 'sign out this long after sign-in, however active (default 30)'],
];

type Env = Record<string, string | undefined>;

/** The value of a variable, treating empty as unset (`PORT= acupress start`). */
const read = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

/**
 * Reads and checks the configuration. Pure: creates nothing (the data directory is created
 * when the database is opened). Every invalid variable is named with what is allowed.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Result<Config> {
  const issues: FieldIssue[] = [];

  const portText = read(env, 'PORT') ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    issues.push({
      field: 'PORT',
      message: `must be a whole number from 0 to 65535, got '${portText}'`,
    });
  }

  const host = read(env, 'HOST') ?? '127.0.0.1';
  if (/\s|\//.test(host)) {
    issues.push({ field: 'HOST', message: `must be a host name or IP address, got '${host}'` });
  }

  const levelText = (read(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = LOG_LEVELS.find((l) => l === levelText);
  if (!logLevel) {
    issues.push({
      field: 'LOG_LEVEL',
      message: `must be one of ${LOG_LEVELS.join(', ')}, got '${levelText}'`,
    });
  }

  const trustText = (read(env, 'ACUPRESS_TRUST_PROXY') ?? '0').toLowerCase();
  const trustProxy = ['1', 'true', 'yes'].includes(trustText);
  if (!trustProxy && !['0', 'false', 'no'].includes(trustText)) {
    issues.push({
      field: 'ACUPRESS_TRUST_PROXY',
      message: `must be 1 (behind a reverse proxy) or 0, got '${trustText}'`,
    });
  }

  const whole = (name: string, fallback: number, max: number): number => {
    const text = read(env, name) ?? String(fallback);
    const value = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
    if (!(value >= 1 && value <= max)) {
      issues.push({
        field: name,
        message: `must be a whole number from 1 to ${max}, got '${text}'`,
      });
    }
    return value;
  };
  // An idle timeout beyond a week, or a lifetime beyond a year, is not a session any more.
  const authSessions = {
    idleMinutes: whole('ACUPRESS_SESSION_IDLE_MINUTES', 480, 7 * 24 * 60),
    maxDays: whole('ACUPRESS_SESSION_MAX_DAYS', 30, 365),
  };

  let database: DatabaseConfig | undefined;
  const url = read(env, 'DATABASE_URL');
  if (url !== undefined) {
    if (/^postgres(ql)?:\/\/[^\s]+$/i.test(url)) database = { kind: 'postgres', url };
    else {
      issues.push({
        field: 'DATABASE_URL',
        message:
          'must be a postgres:// or postgresql:// URL (leave it unset to use SQLite in ACUPRESS_DATA_DIR)',
      });
    }
  } else {
    const dirText = read(env, 'ACUPRESS_DATA_DIR') ?? 'data';
    const dir = isAbsolute(dirText) ? dirText : resolve(cwd, dirText);
    database = { kind: 'sqlite', dir, file: join(dir, SQLITE_FILE_NAME) };
  }

  if (issues.length || !logLevel || !database) {
    return fail('VALIDATION', 'invalid configuration', issues);
  }
  return ok({ port, host, logLevel, database, trustProxy, authSessions });
}

/** A database location fit for a log line or an error message: never a password. */
export function describeDatabase(db: DatabaseConfig): string {
  if (db.kind === 'sqlite') return `SQLite ${db.file}`;
  try {
    const u = new URL(db.url);
    if (u.password) u.password = '***';
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return 'PostgreSQL (unparseable DATABASE_URL)';
  }
}
