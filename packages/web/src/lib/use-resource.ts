import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { api, type ApiError } from '../api';

export type Resource<T> =
  { state: 'loading' } | { state: 'ok'; data: T } | { state: 'failed'; error: ApiError };

/** A list from the API: a bare array, or an object holding one under `key`. */
export function listFrom<T>(data: unknown, key: string): T[] {
  if (Array.isArray(data)) return data as T[];
  if (typeof data === 'object' && data !== null) {
    const inner = (data as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return inner as T[];
  }
  return [];
}

/** GETs a path (again when `reload` is called); null skips the request. */
export function useResource<T>(
  path: string | null,
  map: (data: unknown) => T = (d) => d as T,
): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  // `map` is a pure conversion: a new function each render must not fetch again.
  const convert = useEffectEvent(map);
  useEffect(() => {
    if (!path) return;
    let live = true;
    void api.get<unknown>(path).then((result) => {
      if (!live) return;
      setResource(
        result.ok
          ? { state: 'ok', data: convert(result.data) }
          : { state: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [path, round]);
  return [resource, reload];
}
