import { describeDatabase } from '../config/config.js';
import { startServer } from '../server.js';
import { serverVersion } from '../config/version.js';
import { EXIT, errorMessage, type Command } from './io.js';
import { configOrReport } from './load-config.js';

/** Grace period for in-flight requests after SIGINT/SIGTERM before exiting anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** `acupress start`: migrate, listen, print one line; exit 0 after a graceful shutdown. */
export const start: Command = async (args, io) => {
  if (args.length > 0) {
    io.err(
      `acupress start: unexpected argument '${args[0]}'. Configure with environment variables.`,
    );
    return EXIT.USAGE;
  }
  const config = configOrReport(io);
  if (!config) return EXIT.USAGE;

  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    io.err(`acupress: cannot start (${describeDatabase(config.database)}): ${errorMessage(error)}`);
    return EXIT.FAILED;
  }
  io.out(
    `Acupress ${serverVersion()} serving ${server.url} (${describeDatabase(config.database)})`,
  );

  const running = server;
  const stop = (signal: NodeJS.Signals): void => {
    running.app.log.info(
      { signal },
      'shutting down: finishing requests, then closing the database',
    );
    setTimeout(() => {
      io.err('acupress: requests did not finish in time; exiting');
      process.exit(EXIT.FAILED);
    }, SHUTDOWN_GRACE_MS).unref();
    running.close().then(
      () => process.exit(EXIT.OK),
      (error: unknown) => {
        io.err(`acupress: error while shutting down: ${errorMessage(error)}`);
        process.exit(EXIT.FAILED);
      },
    );
  };
  // once: a second Ctrl-C falls through to Node's default and ends the process at once.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 'running';
};
