import { fail, type Failure } from '@acupress/core';
import type { StoredSession } from '../storage/practice-session-repository.js';

/**
 * A part of a session stored once (its log, its next-day check): the first stays, so a later
 * answer can never erase bruising or swelling the first reported. The same part sent again (a
 * retry whose first answer was lost) is accepted; a different one is a conflict.
 */
export async function storeOnce<T>(part: {
  /** What is stored already, as read before. */
  stored: T | undefined;
  /** Writes the part if none is stored; false if one was stored meanwhile. */
  write: () => Promise<boolean>;
  /** The session as it is now: what was written, or what another request stored since. */
  reread: () => Promise<StoredSession | undefined>;
  pick: (session: StoredSession) => T | undefined;
  same: (stored: T) => boolean;
}): Promise<StoredSession | 'absent' | 'conflict'> {
  const written = part.stored === undefined && (await part.write());
  const read = await part.reread();
  if (!read) return 'absent';
  if (written) return read;
  const stored = part.pick(read);
  return stored !== undefined && part.same(stored) ? read : 'conflict';
}

/** The 409 for a different second part: what is kept, and what to do instead. */
export const alreadyStored = (what: string): Failure =>
  fail(
    'CONFLICT',
    `This session already has ${what}, with other answers; it is kept as it was. Tell the next session instead.`,
  );
