// localStorage as values: a private window, a full disk or a blocked store must never crash a
// page, so every read and write here fails quietly (and says so by its return value).

export const STORE_PREFIX = 'acupress.';

export function readJson<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = window.localStorage.getItem(STORE_PREFIX + key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** False when the value could not be kept (storage full or blocked). */
export function writeJson(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(STORE_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string): void {
  try {
    window.localStorage.removeItem(STORE_PREFIX + key);
  } catch {
    // Nothing to remove from a store that cannot be read.
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
