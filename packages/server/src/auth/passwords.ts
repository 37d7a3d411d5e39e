import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { newToken } from './tokens.js';

// argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's first recommended
// setting), about 15 ms per hash here. Only sign-in, setup, invitations and password changes
// hash; no other request pays for it.

// Algorithm is a const enum, which isolatedModules cannot import as a value.
const ARGON2ID = 2 as Algorithm;

export const hashPassword = (password: string): Promise<string> =>
  hash(password, { algorithm: ARGON2ID });

/** false for a wrong password and for a hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification and answers false: used when the account does not
 * exist, so response time does not tell which email addresses have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(newToken());
  await verifyPassword(await dummyHash, password);
  return false;
}
