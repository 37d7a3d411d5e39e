#!/usr/bin/env node
// The `acupress` command. Parsing is a few lines by hand (no dependency); each command is its
// own module, loaded only when asked for, so `acupress points` never loads the HTTP stack.
import { EXIT, errorMessage, processIo, type Command } from './cli/io.js';
import { USAGE } from './cli/usage.js';

const COMMANDS: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./cli/start.js')).start,
  migrate: async () => (await import('./cli/migrate.js')).migrate,
  points: async () => (await import('./cli/points.js')).points,
  plan: async () => (await import('./cli/plan.js')).plan,
  user: async () => (await import('./cli/user.js')).user,
};

async function main(argv: readonly string[]): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    processIo.out(USAGE);
    process.exitCode = EXIT.OK;
    return;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    processIo.err(`acupress: unknown command '${name}'\n\n${USAGE}`);
    process.exitCode = EXIT.USAGE;
    return;
  }
  if (args.includes('--help') || args.includes('-h')) {
    processIo.out(USAGE);
    return;
  }
  const result = await (await load())(args, processIo);
  if (result !== 'running') process.exitCode = result;
}

// `acupress points | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.OK);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  processIo.err(`acupress: ${errorMessage(error)}`);
  process.exitCode = EXIT.FAILED;
});
