import { useSyncExternalStore } from 'react';
import { getLocation, getRenderedLocation, subscribe, type Location } from './history';

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, getLocation, getRenderedLocation);
}

/** The query of the current URL as URLSearchParams (a fresh object each call). */
export function useSearchParams(): URLSearchParams {
  return new URLSearchParams(useLocation().search);
}
