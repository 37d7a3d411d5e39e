/** Where a command writes; tests could pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes: 0 done, 1 failed at run time, 2 wrong usage or configuration. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** A command's result: an exit code, or 'running' for a server that exits on a signal. */
export type CommandResult = number | 'running';

export type Command = (args: readonly string[], io: Io) => Promise<CommandResult>;

/** One line about a failure, without a stack trace (pg's AggregateError has no message). */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  let message = error.message;
  if (!message && error instanceof AggregateError) {
    message = error.errors.map(errorMessage).join('; ');
  }
  if (!message && 'code' in error) message = String(error.code);
  const cause = error.cause === undefined ? '' : errorMessage(error.cause);
  return cause && !message.includes(cause) ? `${message}: ${cause}` : message || error.name;
}
