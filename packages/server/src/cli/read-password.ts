import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * The password for `acupress user create`, never from an argument (it would sit in the shell
 * history and in `ps`): the first line of standard input, or typed at a prompt that does not
 * echo when standard input is a terminal.
 */
export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) return promptHidden('Password for the new account: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}

async function promptHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  // readline echoes what is typed to its output: give it one that swallows the echo.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
