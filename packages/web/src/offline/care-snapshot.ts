import type { CareAnswer, SignedInUser } from '@acupress/core';
import { isRecord, readJson, removeKey, writeJson } from './local-store';

// The last answer of GET /api/people/me/care, per person, so the practice page and a session
// run with the network off. It lives in localStorage (never in the service worker's Cache
// Storage, which keeps no health data) and goes when the person signs out.

export interface CareSnapshot {
  /** When the server gave this answer (ISO 8601). */
  savedAt: string;
  body: CareAnswer;
}

/** Who last used the app signed in on this device: lets the practice page work offline. */
export type OfflineUser = Pick<SignedInUser, 'id' | 'name'>;

const snapshotKey = (userId: string) => `care.${userId}`;
/** Where the remembered person is kept (gone once they sign out, in any tab). */
export const USER_KEY = 'offline-user';

const isSnapshot = (v: unknown): v is CareSnapshot =>
  isRecord(v) && typeof v.savedAt === 'string' && isRecord(v.body) && 'care' in v.body;
const isUser = (v: unknown): v is OfflineUser =>
  isRecord(v) && typeof v.id === 'string' && typeof v.name === 'string';

export function readCareSnapshot(userId: string): CareSnapshot | undefined {
  return readJson(snapshotKey(userId), isSnapshot);
}

export function writeCareSnapshot(
  userId: string,
  body: CareAnswer,
  now = new Date(),
): CareSnapshot {
  const snapshot = { savedAt: now.toISOString(), body };
  writeJson(snapshotKey(userId), snapshot);
  return snapshot;
}

export function clearCareSnapshot(userId: string): void {
  removeKey(snapshotKey(userId));
}

export function readOfflineUser(): OfflineUser | undefined {
  return readJson(USER_KEY, isUser);
}

export function rememberOfflineUser(user: OfflineUser): void {
  const known = readOfflineUser();
  if (known?.id !== user.id || known.name !== user.name) {
    writeJson(USER_KEY, { id: user.id, name: user.name });
  }
}

export function forgetOfflineUser(userId: string): void {
  if (readOfflineUser()?.id === userId) removeKey(USER_KEY);
}
