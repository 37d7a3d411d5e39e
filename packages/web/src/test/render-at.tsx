import { cleanup, render, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import { App } from '../app';
import { resetRouter } from '../router';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/**
 * Renders the whole app (layout and router) at a URL, as a person opening that link would;
 * a second call is a reload.
 */
export function renderAt(path: string): RenderResult {
  cleanup();
  window.history.replaceState(null, '', path);
  // jsdom does not implement scrolling.
  window.scrollTo = () => undefined;
  resetRouter();
  return render(<App />);
}
