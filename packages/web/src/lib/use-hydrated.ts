import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders a page to HTML at build and while it hydrates that HTML; true on
 * every other render. What only this device knows (localStorage: measurements, who was signed
 * in) is read once it is true, so the first render matches the pre-rendered HTML; React then
 * renders again at once. Pages opened in the app (not hydrated) read it on their first render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
