import { SEGMENT_IDS, parseMeasurements, type Measurements } from '@acupress/core';

// The person's measurements stay on this device (localStorage) until accounts arrive. Whatever
// is stored is parsed again on every read: a corrupt or hand-edited entry is dropped, field by
// field, and never breaks a page.

export const MEASUREMENTS_KEY = 'acupress.measurements.v1';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by privacy settings
  }
}

export function loadMeasurements(): Measurements {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(MEASUREMENTS_KEY);
  } catch {
    return {};
  }
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: Measurements = {};
  for (const id of SEGMENT_IDS) {
    if (!Object.hasOwn(data, id)) continue;
    const one = parseMeasurements({ [id]: (data as Record<string, unknown>)[id] });
    const cm = one.ok ? one.value[id] : undefined;
    if (typeof cm === 'number') out[id] = cm;
  }
  return out;
}

/** Saves validated measurements; false when the browser refuses (storage full or blocked). */
export function saveMeasurements(measurements: Measurements): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (Object.keys(measurements).length === 0) store.removeItem(MEASUREMENTS_KEY);
    else store.setItem(MEASUREMENTS_KEY, JSON.stringify(measurements));
    return true;
  } catch {
    return false;
  }
}
