import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRepository, NewAuditEntry } from './audit-repository.js';
import { migrateToLatest } from './migrate.js';
import { createRepositories } from './repositories.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { later } from './test-fixtures.js';

const entry = (over: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  at: later(0),
  actorUserId: 'actor',
  clinicId: 'clinic-a',
  action: 'check-in.read',
  resourceType: 'check-in',
  resourceId: 'c1',
  personId: 'person',
  ip: '192.0.2.7',
  userAgent: 'Firefox',
  outcome: 'allowed',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`audit repository (${dialect})`, () => {
    let t: TestDatabase;
    let audit: AuditRepository;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      audit = createRepositories(t.db).audit;
    });
    afterAll(() => t.destroy());

    it('appends entries and pages a clinic’s log newest first by id', async () => {
      for (let i = 0; i < 5; i++) await audit.append(entry({ resourceId: `c${i}` }));
      await audit.append(entry({ clinicId: 'clinic-b' }));
      const first = await audit.listForClinic('clinic-a', { limit: 3 });
      expect(first.map((e) => e.resourceId)).toEqual(['c4', 'c3', 'c2']);
      expect(typeof first[0]!.id).toBe('number');
      expect(first[0]).toEqual({ ...entry({ resourceId: 'c4' }), id: first[0]!.id });
      const next = await audit.listForClinic('clinic-a', { limit: 3, before: first[2]!.id });
      expect(next.map((e) => e.resourceId)).toEqual(['c1', 'c0']);
    });

    it('lists what concerns one account, as actor or as person', async () => {
      await audit.append(entry({ actorUserId: 'u1', personId: 'u2', action: 'x' }));
      await audit.append(entry({ actorUserId: 'u2', personId: null, action: 'y' }));
      await audit.append(entry({ actorUserId: 'u3', personId: 'u3', action: 'z' }));
      expect((await audit.listAbout('u2')).map((e) => e.action)).toEqual(['x', 'y']);
    });

    it('offers append and read only: nothing can rewrite the log', () => {
      expect(Object.keys(audit).sort()).toEqual(['append', 'listAbout', 'listForClinic']);
    });
  });
}
