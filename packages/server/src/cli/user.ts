import { describeDatabase } from '../config/config.js';
import { createClinicWithOwner } from '../accounts/setup.js';
import { emailField, nameField } from '@acupress/core';
import { connectDatabase } from '../storage/connect.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createRepositories } from '../storage/repositories.js';
import { EXIT, errorMessage, type Command, type Io } from './io.js';
import { configOrReport } from './load-config.js';
import { readPassword } from './read-password.js';

const USAGE =
  'Usage: acupress user create --email E --name N [--role owner] [--clinic "Name"]\n' +
  'The password is read from ACUPRESS_PASSWORD or standard input, never from an argument.';

const FLAGS = ['email', 'name', 'role', 'clinic'] as const;
type Flag = (typeof FLAGS)[number];

/** `--email a@b --name=Ana` into { email, name }, or the first thing wrong with them. */
export function parseFlags(args: readonly string[]): Partial<Record<Flag, string>> | string {
  const flags: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1] as Flag | undefined;
    if (!match || !name || !FLAGS.includes(name)) return `unknown argument '${arg}'`;
    const value = match[2] ?? args[(i += 1)];
    if (value === undefined || value.startsWith('--')) return `--${name} needs a value`;
    flags[name] = value;
  }
  return flags;
}

export interface UserCommandOptions {
  env?: Record<string, string | undefined>;
  readPassword?: () => Promise<string>;
}

/**
 * `acupress user create`: on an empty database, the clinic and its owner (as the web app's
 * first-start setup does). Once set up it refuses, unless --clinic names a new clinic for this
 * server to host: a deliberate act of the operator, who already holds the database.
 * Practitioners and clients join by invitation link.
 */
export function userCommand(options: UserCommandOptions = {}): Command {
  const env = options.env ?? process.env;
  return async (args, io) => {
    const usage = (why: string): number => {
      io.err(`acupress user: ${why}\n${USAGE}`);
      return EXIT.USAGE;
    };
    if (args[0] !== 'create')
      return usage(args[0] ? `unknown subcommand '${args[0]}'` : 'what to do?');
    const flags = parseFlags(args.slice(1));
    if (typeof flags === 'string') return usage(flags);
    if ((flags.role ?? 'owner') !== 'owner') {
      return usage(
        `--role ${flags.role} cannot be created here: practitioners and clients join by the ` +
          'invitation link the owner makes in the web app (POST /api/invitations).',
      );
    }
    const email = emailField.safeParse(flags.email ?? '');
    const name = nameField.safeParse(flags.name ?? '');
    const clinicName = nameField.safeParse(flags.clinic ?? flags.name ?? '');
    const problems = [
      email.success ? '' : `--email ${email.error.issues[0]?.message ?? 'is not valid'}`,
      name.success ? '' : `--name ${name.error.issues[0]?.message ?? 'is not valid'}`,
      clinicName.success || !name.success
        ? ''
        : `--clinic ${clinicName.error.issues[0]?.message ?? 'is not valid'}`,
    ].filter(Boolean);
    if (problems.length || !email.success || !name.success || !clinicName.success) {
      return usage(problems.join('; '));
    }
    const config = configOrReport(io, env);
    if (!config) return EXIT.USAGE;
    const password = env.ACUPRESS_PASSWORD ?? (await (options.readPassword ?? readPassword)());
    return create(io, config.database, {
      email: email.data,
      name: name.data,
      clinicName: clinicName.data,
      password,
      newClinic: flags.clinic !== undefined,
    });
  };
}

async function create(
  io: Io,
  database: Parameters<typeof connectDatabase>[0],
  input: { email: string; name: string; clinicName: string; password: string; newClinic: boolean },
): Promise<number> {
  const where = describeDatabase(database);
  try {
    const storage = await connectDatabase(database);
    try {
      await migrateToLatest(storage.db);
      const empty = (await createRepositories(storage.db).users.count()) === 0;
      if (!empty && !input.newClinic) {
        io.err(
          `acupress user create: ${where} is already set up (an owner exists), so no second ` +
            'owner is made. Sign in to the web app; invite practitioners and clients from ' +
            'there. To host another clinic on this server, name it: --clinic "Clinic name".',
        );
        return EXIT.FAILED;
      }
      const created = await createClinicWithOwner(
        storage.db,
        input,
        new Date(),
        empty ? 'first' : 'additional',
      );
      if (!created.ok) {
        const details = (created.issues ?? []).map((i) => `\n  ${i.field}: ${i.message}`);
        io.err(`acupress user create: ${created.message}${details.join('')}`);
        return created.code === 'VALIDATION' ? EXIT.USAGE : EXIT.FAILED;
      }
      const owner = created.value;
      io.out(
        `Created ${owner.email}, owner of the clinic "${owner.clinicName}" (${where}). ` +
          'Sign in to the web app with this email and password.',
      );
      return EXIT.OK;
    } finally {
      await storage.close();
    }
  } catch (error) {
    io.err(`acupress user create (${where}): ${errorMessage(error)}`);
    return EXIT.FAILED;
  }
}

export const user: Command = userCommand();
