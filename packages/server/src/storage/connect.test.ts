import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from './connect.js';

describe('SQLite connection', () => {
  const root = mkdtempSync(join(tmpdir(), 'acupress-connect-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data directory and sets durable pragmas', async () => {
    const dir = join(root, 'nested', 'data');
    const file = join(dir, 'acupress.sqlite');
    const storage = await connectDatabase({ kind: 'sqlite', dir, file });
    try {
      expect(existsSync(file)).toBe(true);
      const pragma = async (name: string): Promise<unknown> => {
        const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(
          storage.db,
        );
        return Object.values(rows[0] ?? {})[0];
      };
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL
      expect(await pragma('foreign_keys')).toBe(1);
    } finally {
      await storage.close();
    }
  });
});
