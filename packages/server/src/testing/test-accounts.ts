import type { Role } from '@acupress/core';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import { AUTH_SESSION_COOKIE } from '../http/auth-session-cookie.js';
import { createAuthSessionService } from '../auth/auth-session-service.js';
import type { Database } from '../storage/database.js';
import { createRepositories } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';

// People for route tests: two clinics, every role. argon2 is the slow part, so every account
// shares one hash, made once per test file; sessions are made directly, without signing in.

export const PASSWORD = 'correct horse battery';

let hash: Promise<string> | undefined;
const sharedHash = (): Promise<string> => (hash ??= hashPassword(PASSWORD));

let counter = 0;

/** A new account in the clinic, with the password PASSWORD. */
export async function addPerson(
  db: Kysely<Database>,
  clinicId: string,
  role: Role,
  label: string = role,
): Promise<User> {
  counter += 1;
  return createRepositories(db).users.create(
    {
      clinicId,
      email: `${label.replace(/\W+/g, '-')}-${counter}-${process.pid}@example.org`.toLowerCase(),
      name: `${label} ${counter}`,
      role,
      passwordHash: await sharedHash(),
    },
    new Date(),
  );
}

export interface World {
  ownerA: User;
  practitionerA: User;
  clientA: User;
  /** Another client of clinic A: must never see clientA's records. */
  clientA2: User;
  ownerB: User;
  clientB: User;
}

/** Clinic A (owner, practitioner, two clients) and clinic B (owner, client). */
export async function seedWorld(db: Kysely<Database>): Promise<World> {
  const clinics = createRepositories(db).clinics;
  const a = await clinics.create('Clinic A', new Date());
  const b = await clinics.create('Clinic B', new Date());
  return {
    ownerA: await addPerson(db, a.id, 'owner', 'owner A'),
    practitionerA: await addPerson(db, a.id, 'practitioner', 'practitioner A'),
    clientA: await addPerson(db, a.id, 'client', 'client A'),
    clientA2: await addPerson(db, a.id, 'client', 'client A2'),
    ownerB: await addPerson(db, b.id, 'owner', 'owner B'),
    clientB: await addPerson(db, b.id, 'client', 'client B'),
  };
}

/** A signed-in browser: its cookie and CSRF token, as request headers. */
export interface Browser {
  token: string;
  csrfToken: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

export const browserFor = (token: string, csrfToken: string): Browser => ({
  token,
  csrfToken,
  headers: { cookie: `${AUTH_SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken },
});

/** A fresh session for the account, as if it had just signed in. */
export async function signedIn(
  db: Kysely<Database>,
  user: User,
  now: () => Date = () => new Date(),
): Promise<Browser> {
  const sessions = createAuthSessionService(createRepositories(db).authSessions, now);
  const started = await sessions.start(user.id, { ip: '127.0.0.1', userAgent: 'test' });
  return browserFor(started.token, started.csrfToken);
}

/** The session token a response set, if any. */
export function setCookieToken(res: { headers: Record<string, unknown> }): string | undefined {
  const header = res.headers['set-cookie'];
  const first = Array.isArray(header)
    ? String(header[0])
    : typeof header === 'string'
      ? header
      : '';
  const match = new RegExp(`^${AUTH_SESSION_COOKIE}=([^;]*)`).exec(first);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
