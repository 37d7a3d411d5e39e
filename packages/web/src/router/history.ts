// A tiny history-based router: one store over window.location, read with useSyncExternalStore.
// Pushes and pops that change the path ask the next page heading to take focus, so a screen
// reader announces the new page and keyboard users start from its top.

export interface Location {
  pathname: string;
  search: string;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let current: Location = readLocation();
let focusRequested = false;
/**
 * The location a page's HTML was rendered for at build (prerender/): the first render of a
 * hydration must produce that very HTML, so it reads this, then React renders again with the
 * real location (a query string, for one) if it differs.
 */
let rendered: Location | undefined;

function readLocation(): Location {
  // No window when the build renders a page to HTML.
  if (typeof window === 'undefined') return { pathname: '/', search: '' };
  return { pathname: window.location.pathname, search: window.location.search };
}

function update(next: Location = readLocation()): void {
  if (next.pathname !== current.pathname) focusRequested = true;
  if (next.pathname !== current.pathname || next.search !== current.search) {
    current = next;
    listeners.forEach((l) => l());
  }
}

function onPopState(): void {
  update();
}

export function subscribe(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export function getLocation(): Location {
  return current;
}

/** The location the HTML was rendered for (server snapshot); the current one if none. */
export function getRenderedLocation(): Location {
  return rendered ?? current;
}

/** Says which path the page's HTML was rendered for: at build, and before hydrating it. */
export function setRenderedPath(pathname: string): void {
  rendered = { pathname, search: '' };
  if (typeof window === 'undefined') current = rendered;
}

export interface NavigateOptions {
  /** Replace the current history entry (filters, typing) instead of adding one. */
  replace?: boolean;
}

/** Goes to a same-origin URL without reloading the page. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  const target = url.pathname + url.search + url.hash;
  const pathChanged = url.pathname !== current.pathname;
  try {
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
  } catch {
    // Safari throws after ~100 history calls in 30 s (fast typing in a search box): the page
    // still follows; only the address bar lags behind.
  }
  if (pathChanged && !options.replace) window.scrollTo(0, 0);
  update({ pathname: url.pathname, search: url.search });
}

/** True once after a navigation changed the path: the page heading should take focus. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

/** Re-reads window.location (tests set the URL before rendering). */
export function resetRouter(): void {
  current = readLocation();
  rendered = undefined;
  focusRequested = false;
}
