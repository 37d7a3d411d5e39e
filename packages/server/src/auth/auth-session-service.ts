import type { AuthSessionRepository } from '../storage/auth-session-repository.js';
import type { User } from '../storage/user-repository.js';
import type { ClientInfo } from './client-info.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

export interface AuthSessionTimeouts {
  /** A session unused this long ends (default 8 hours). */
  idleMs: number;
  /** A session ends this long after sign-in, however active (default 30 days). */
  absoluteMs: number;
}

export const DEFAULT_AUTH_SESSION_TIMEOUTS: AuthSessionTimeouts = {
  idleMs: 8 * 60 * 60 * 1000,
  absoluteMs: 30 * 24 * 60 * 60 * 1000,
};

/** last_seen_at is written at most this often per session: one write a minute, not per request. */
const TOUCH_EVERY_MS = 60_000;

/** A live session and its account. */
export interface ActiveAuthSession {
  idHash: string;
  csrfToken: string;
  user: User;
}

export interface StartedAuthSession {
  /** For the cookie only: the database keeps its hash. */
  token: string;
  csrfToken: string;
  /** Cookie lifetime: the absolute timeout. */
  maxAgeSeconds: number;
}

export interface AuthSessionService {
  readonly timeouts: AuthSessionTimeouts;
  /** A new session with a new random id (never one the browser offered: no fixation). */
  start(userId: string, client: ClientInfo): Promise<StartedAuthSession>;
  /** The live session of a token, or null; a session past a timeout is deleted on the spot. */
  resolve(token: string): Promise<ActiveAuthSession | null>;
  end(token: string): Promise<void>;
  /** Ends every session of the account, except the one with this id hash when given. */
  endAllFor(userId: string, keepIdHash?: string): Promise<void>;
}

export function createAuthSessionService(
  sessions: AuthSessionRepository,
  now: () => Date,
  timeouts: AuthSessionTimeouts = DEFAULT_AUTH_SESSION_TIMEOUTS,
): AuthSessionService {
  return {
    timeouts,

    async start(userId, client) {
      const at = now();
      // Sign-in is rare and already slow (argon2): the moment to sweep expired sessions.
      await sessions.deleteStale(
        new Date(at.getTime() - timeouts.idleMs),
        new Date(at.getTime() - timeouts.absoluteMs),
      );
      const token = newToken();
      const csrfToken = newToken();
      await sessions.insert({
        idHash: hashToken(token),
        userId,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
        ip: client.ip,
        userAgent: client.userAgent,
      });
      return { token, csrfToken, maxAgeSeconds: Math.floor(timeouts.absoluteMs / 1000) };
    },

    async resolve(token) {
      if (!isTokenShaped(token)) return null;
      const idHash = hashToken(token);
      const found = await sessions.findWithUser(idHash);
      if (!found) return null;
      const at = now().getTime();
      const { session } = found;
      const idle = at - session.lastSeenAt.getTime();
      if (idle > timeouts.idleMs || at - session.createdAt.getTime() > timeouts.absoluteMs) {
        await sessions.delete(idHash);
        return null;
      }
      if (idle >= TOUCH_EVERY_MS) await sessions.touch(idHash, new Date(at));
      return { idHash, csrfToken: session.csrfToken, user: found.user };
    },

    async end(token) {
      if (isTokenShaped(token)) await sessions.delete(hashToken(token));
    },

    async endAllFor(userId, keepIdHash) {
      await sessions.deleteForUser(userId, keepIdHash);
    },
  };
}
