import { useSyncExternalStore } from 'react';
import { getLocation, subscribe, type Location } from './history';

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, getLocation);
}

/** The query of the current URL as URLSearchParams (a fresh object each call). */
export function useSearchParams(): URLSearchParams {
  return new URLSearchParams(useLocation().search);
}
