import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../storage/test-databases.js';
import { seedWorld, signedIn, type Browser, type World } from '../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { exampleAssessmentJson } from '../testing/test-examples.js';
import { sessionLog, sessionStart } from '../testing/test-sessions.js';

// DESIGN.md, Reliability: every access to health data is in the audit log, written in the same
// transaction as the access, so neither a failed audit write nor a client that goes away can
// leave a record without its entry. On both engines.

/** The request's socket dies before the route runs, as when the client disconnects. */
const DISCONNECT = 'x-test-disconnect';

for (const dialect of DIALECTS) {
  describe(`a record and its audit entry commit together (${dialect})`, () => {
    let t: TestApp;
    let world: World;
    let client: Browser;
    beforeAll(async () => {
      t = await createTestApp({
        dialect,
        setup: (app) =>
          app.addHook('preHandler', (request, _reply, next) => {
            if (request.headers[DISCONNECT] !== '1') return next();
            const socket = request.raw.socket;
            socket.destroy();
            // Node keeps a dead socket's address only if something read it while it lived; a
            // workflow must never depend on that, so here it has none.
            Object.defineProperty(socket, 'remoteAddress', { value: undefined });
            next();
          }),
      });
      world = await seedWorld(t.database.db);
      client = await signedIn(t.database.db, world.clientA);
    });
    afterAll(() => t.close());

    const db = () => t.database.db;
    // PostgreSQL counts in bigint, which pg gives as a string.
    const count = async (table: 'check_ins' | 'practice_sessions' | 'audit_log') => {
      const [row] = await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .execute();
      return Number(row!.n);
    };
    const inject = (method: 'POST' | 'PUT', url: string, payload: object) =>
      t.app.inject({ method, url, headers: client.headers, payload: payload as never });
    const saveCheckIn = async () => {
      const res = await inject('POST', '/api/people/me/check-ins', {
        assessment: exampleAssessmentJson(),
      });
      expect(res.statusCode, res.body).toBe(201);
      return json<{ id: string }>(res).id;
    };

    /** While it runs, appending to the audit log fails (its table is not there). */
    async function withoutAuditLog(run: () => Promise<void>): Promise<void> {
      await db().schema.alterTable('audit_log').renameTo('audit_log_away').execute();
      try {
        await run();
      } finally {
        await db().schema.alterTable('audit_log_away').renameTo('audit_log').execute();
      }
    }

    it('stores no check-in, no session and no log when the audit entry cannot be written', async () => {
      const checkInId = await saveCheckIn();
      const sessionId = randomUUID();
      const started = await inject('PUT', `/api/people/me/sessions/${sessionId}`, {
        ...sessionStart(checkInId),
      });
      expect(started.statusCode).toBe(201);
      const before = {
        checkIns: await count('check_ins'),
        sessions: await count('practice_sessions'),
      };

      await withoutAuditLog(async () => {
        const checkIn = await inject('POST', '/api/people/me/check-ins', {
          assessment: exampleAssessmentJson(),
        });
        expect(checkIn.statusCode).toBe(500);
        const start = await inject('PUT', `/api/people/me/sessions/${randomUUID()}`, {
          ...sessionStart(checkInId),
        });
        expect(start.statusCode).toBe(500);
        const log = await inject('PUT', `/api/people/me/sessions/${sessionId}/log`, {
          ...sessionLog(),
        });
        expect(log.statusCode).toBe(500);
      });

      expect(await count('check_ins')).toBe(before.checkIns);
      expect(await count('practice_sessions')).toBe(before.sessions);
      const session = await db()
        .selectFrom('practice_sessions')
        .select(['logged_at'])
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      expect(session.logged_at).toBeNull();
      // With the log back, the same log is stored, once, with its entry.
      const again = await inject('PUT', `/api/people/me/sessions/${sessionId}/log`, {
        ...sessionLog(),
      });
      expect(again.statusCode, again.body).toBe(200);
    });

    it('keeps the record with its audit entry when the client disconnects mid-request', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as { port: number };
      const entries = await count('audit_log');
      const checkIns = await count('check_ins');
      await new Promise<void>((resolve) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/people/me/check-ins',
          headers: {
            ...client.headers,
            'content-type': 'application/json',
            'user-agent': 'Leaving/1.0',
            [DISCONNECT]: '1',
          },
        });
        // The answer never comes: the connection is gone.
        req.on('error', () => resolve());
        req.on('response', () => resolve());
        req.end(JSON.stringify({ assessment: exampleAssessmentJson() }));
      });
      // The route runs on after the client left; once its entry is there, so is the record.
      await vi.waitFor(async () => expect(await count('audit_log')).toBe(entries + 1), {
        timeout: 15_000,
        interval: 25,
      });
      expect(await count('check_ins')).toBe(checkIns + 1);
      const entry = await db()
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({
        action: 'check-in.create',
        outcome: 'allowed',
        person_id: world.clientA.id,
        ip: '127.0.0.1',
        user_agent: 'Leaving/1.0',
      });
      const saved = await db()
        .selectFrom('check_ins')
        .select('id')
        .where('id', '=', entry.resource_id)
        .execute();
      expect(saved).toHaveLength(1);
    });
  });
}
