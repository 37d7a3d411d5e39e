import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has safe defaults: localhost, 8080, SQLite in ./data', () => {
    const r = loadConfig({}, '/srv/app');
    expect(r).toEqual({
      ok: true,
      value: {
        port: 8080,
        host: '127.0.0.1',
        logLevel: 'info',
        database: {
          kind: 'sqlite',
          dir: '/srv/app/data',
          file: join('/srv/app/data', 'acupress.sqlite'),
        },
        trustProxy: false,
        authSessions: { idleMinutes: 480, maxDays: 30 },
      },
    });
  });

  it('reads every variable', () => {
    const r = loadConfig(
      { PORT: '9000', HOST: '0.0.0.0', LOG_LEVEL: 'WARN', ACUPRESS_DATA_DIR: 'var/db' },
      '/srv',
    );
    expect(r.ok && r.value).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      logLevel: 'warn',
      database: { kind: 'sqlite', dir: '/srv/var/db' },
    });
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    const r = loadConfig({ DATABASE_URL: 'postgresql://u:secret@db:5432/acupress' });
    expect(r.ok && r.value.database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:secret@db:5432/acupress',
    });
    expect(r.ok && describeDatabase(r.value.database)).not.toContain('secret');
  });

  it('treats empty variables as unset', () => {
    const r = loadConfig({ PORT: '', DATABASE_URL: ' ' }, '/x');
    expect(r.ok && r.value.port).toBe(8080);
    expect(r.ok && r.value.database.kind).toBe('sqlite');
  });

  it('names every invalid variable and what is allowed', () => {
    const r = loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('VALIDATION');
    expect(r.issues?.map((i) => i.field)).toEqual(['PORT', 'LOG_LEVEL', 'DATABASE_URL']);
    expect(r.issues?.[0]?.message).toBe("must be a whole number from 0 to 65535, got 'abc'");
    expect(r.issues?.[1]?.message).toContain('info');
    expect(r.issues?.[2]?.message).toContain('postgres://');
  });

  it.each(['70000', '-1', '80.5', '0x50'])('refuses PORT=%s', (port) => {
    expect(loadConfig({ PORT: port }).ok).toBe(false);
  });

  it('reads the proxy trust and session timeouts', () => {
    const r = loadConfig({
      ACUPRESS_TRUST_PROXY: '1',
      ACUPRESS_SESSION_IDLE_MINUTES: '15',
      ACUPRESS_SESSION_MAX_DAYS: '7',
    });
    expect(r.ok && r.value).toMatchObject({
      trustProxy: true,
      authSessions: { idleMinutes: 15, maxDays: 7 },
    });
  });

  it('names invalid proxy and session settings', () => {
    const r = loadConfig({
      ACUPRESS_TRUST_PROXY: 'maybe',
      ACUPRESS_SESSION_IDLE_MINUTES: '0',
      ACUPRESS_SESSION_MAX_DAYS: '1000',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        field: 'ACUPRESS_TRUST_PROXY',
        message: "must be 1 (behind a reverse proxy) or 0, got 'maybe'",
      },
      {
        field: 'ACUPRESS_SESSION_IDLE_MINUTES',
        message: "must be a whole number from 1 to 10080, got '0'",
      },
      {
        field: 'ACUPRESS_SESSION_MAX_DAYS',
        message: "must be a whole number from 1 to 365, got '1000'",
      },
    ]);
  });
});
