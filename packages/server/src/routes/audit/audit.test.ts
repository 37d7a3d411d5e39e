import type { AuditPage as Page } from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type Browser, type World } from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { auditCsv, csvCell } from './audit-csv.js';

describe('the audit log', () => {
  let t: TestApp;
  let world: World;
  let owner: Browser;
  const routes: { method: string; url: string }[] = [];
  beforeAll(async () => {
    t = await createTestApp({
      setup: (app) =>
        app.addHook('onRoute', (r) => {
          for (const method of [r.method].flat()) routes.push({ method, url: r.url });
        }),
    });
    world = await seedWorld(t.database.db);
    owner = await signedIn(t.database.db, world.ownerA);
    const audit = t.database.db;
    for (let i = 0; i < 5; i++) {
      await audit
        .insertInto('audit_log')
        .values({
          at: new Date().toISOString(),
          actor_user_id: world.practitionerA.id,
          clinic_id: world.ownerA.clinicId,
          action: 'check-in.read',
          resource_type: 'check-in',
          resource_id: `c${i}`,
          person_id: world.clientA.id,
          ip: '192.0.2.1',
          user_agent: i === 0 ? '=HYPERLINK("http://evil.example")' : 'Firefox',
          outcome: 'allowed',
        })
        .execute();
    }
  });
  afterAll(() => t.close());

  const page = async (query: string): Promise<Page> => {
    const res = await t.app.inject({ url: `/api/audit${query}`, headers: owner.headers });
    expect(res.statusCode, res.body).toBe(200);
    return json<Page>(res);
  };

  it('shows the owner their clinic’s entries newest first, paged by id, and records the reading', async () => {
    const first = await page('?limit=3');
    expect(first.entries[0]!.action).toBe('audit.read'); // this very read
    expect(first.entries.map((e) => e.id)).toEqual(
      [...first.entries.map((e) => e.id)].sort((a, b) => b - a),
    );
    expect(first.nextBefore).toBe(first.entries[2]!.id);
    const next = await page(`?limit=3&before=${first.nextBefore}`);
    expect(next.entries[0]!.id).toBeLessThan(first.nextBefore!);
    for (const e of [...first.entries, ...next.entries]) {
      expect(e.clinicId).toBe(world.ownerA.clinicId);
    }
    const last = await page('?limit=1000');
    expect(last.nextBefore).toBeNull();
  });

  it('refuses bad paging parameters with 400', async () => {
    const res = await t.app.inject({ url: '/api/audit?limit=0', headers: owner.headers });
    expect(res.statusCode).toBe(400);
  });

  it('exports CSV and JSON as attachments, with formulas neutralised', async () => {
    const csv = await t.app.inject({ url: '/api/audit/export?format=csv', headers: owner.headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="acupress-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.body.split('\r\n')[0]).toBe(
      'id,at,actorUserId,clinicId,action,resourceType,resourceId,personId,ip,userAgent,outcome',
    );
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const js = await t.app.inject({ url: '/api/audit/export?format=json', headers: owner.headers });
    expect(js.headers['content-disposition']).toMatch(/\.json"$/);
    const entries = json<{ action: string }[]>(js);
    expect(entries.map((e) => e.action)).toContain('audit.export');
  });

  it('has no route that changes or deletes audit entries', () => {
    const auditRoutes = routes.filter((r) => r.url.startsWith('/api/audit'));
    expect(auditRoutes.length).toBeGreaterThan(0);
    expect(auditRoutes.filter((r) => !['GET', 'HEAD'].includes(r.method))).toEqual([]);
    // No other route names the audit log in its path either.
    expect(
      routes.filter(
        (r) => /audit/.test(r.url) && !r.url.startsWith('/api/audit/') && r.url !== '/api/audit',
      ),
    ).toEqual([]);
  });
});

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as they are and null as empty', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(auditCsv([])).toBe(
      'id,at,actorUserId,clinicId,action,resourceType,resourceId,personId,ip,userAgent,outcome\r\n',
    );
  });
});
