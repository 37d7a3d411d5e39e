import { describeDatabase } from '../config/config.js';
import { connectDatabase } from '../storage/connect.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createMetaRepository } from '../storage/meta-repository.js';
import { EXIT, errorMessage, type Command } from './io.js';
import { configOrReport } from './load-config.js';

/** `acupress migrate`: bring the schema up to date and say what ran. */
export const migrate: Command = async (args, io) => {
  if (args.length > 0) {
    io.err(`acupress migrate: unexpected argument '${args[0]}'`);
    return EXIT.USAGE;
  }
  const config = configOrReport(io);
  if (!config) return EXIT.USAGE;
  const where = describeDatabase(config.database);
  try {
    const storage = await connectDatabase(config.database);
    try {
      const { applied, known } = await migrateToLatest(storage.db);
      const info = await createMetaRepository(storage.db).getInstanceInfo();
      for (const name of applied) io.out(`applied ${name}`);
      io.out(
        applied.length
          ? `${where}: ${applied.length} migration(s) applied; schema up to date (${known.length} in all).`
          : `${where}: schema already up to date (${known.length} migration(s)); nothing to do.`,
      );
      io.out(`instance ${info.instanceId}, created ${info.createdAt.toISOString()}`);
      return EXIT.OK;
    } finally {
      await storage.close();
    }
  } catch (error) {
    io.err(`acupress migrate (${where}): ${errorMessage(error)}`);
    return EXIT.FAILED;
  }
};
