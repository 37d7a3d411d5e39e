import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act, screen, within } from '@testing-library/react';
import { POINTS } from '@acupress/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAuthSession, resetAuthSession } from '../api';
import { App } from '../app';
import { MEASUREMENTS_KEY } from '../lib/measurements-store';
import { resetRouter, setRenderedPath } from '../router';
import { sessionRoute, stubApi, OWNER } from '../test/api-stub';
import { PRERENDERED_PATHS, renderPage, renderShell } from './render-page';

// What the build writes for a page, then what main.tsx does with it in the browser: the HTML
// of the page, hydrated. A mismatch would make React throw the HTML away and render again
// (a flash, and the layout shift pre-rendering is there to avoid), and log an error.

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  window.localStorage.clear();
  resetAuthSession();
});

/** Renders `path` as the build does, then hydrates that HTML at `path`; returns React's errors. */
async function hydrateAt(path: string): Promise<{ html: string; errors: unknown[] }> {
  window.history.replaceState(null, '', path);
  window.scrollTo = () => undefined;
  resetRouter();
  const { html } = renderPage(path);
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = html;
  document.body.append(container);
  const errors: unknown[] = [];
  const consoleError = vi
    .spyOn(console, 'error')
    .mockImplementation((...args) => errors.push(args));
  resetRouter();
  setRenderedPath(path);
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App />
      </StrictMode>,
      { onRecoverableError: (error) => errors.push(error) },
    );
    await Promise.resolve();
  });
  consoleError.mockRestore();
  return { html, errors };
}

describe('pages rendered to HTML at build', () => {
  it('are the home page, the atlas and every point of the atlas', () => {
    expect(PRERENDERED_PATHS).toEqual(['/', '/atlas', ...POINTS.map((p) => `/points/${p.id}`)]);
  });

  it.each(['/', '/atlas', '/points/BL23', '/points/EX-B2-L4'])(
    '%s hydrates without a mismatch, keeping what was on screen',
    async (path) => {
      const { html, errors } = await hydrateAt(path);
      expect(errors).toEqual([]);
      expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
      expect(html).toContain(screen.getByRole('heading', { level: 1 }).innerHTML);
    },
  );

  it('a point page has its name and its title before any script runs', () => {
    const page = renderPage('/points/BL23');
    expect(page.title).toBe('BL23 Shenshu · Acupress');
    expect(page.html).toContain('Shenshu');
    expect(page.html).toContain('How to find it');
  });

  it('the home page holds nobody’s session: its account cards are there, none shown', () => {
    const container = document.createElement('div');
    container.innerHTML = renderPage('/').html;
    const cards = container.querySelectorAll('.home-account__card');
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(card.getAttribute('aria-hidden')).toBe('true');
      expect(card.hasAttribute('inert')).toBe(true);
    }
    expect(container.textContent).not.toContain(OWNER.name);
  });

  it('the session answering after hydration shows its card in the space kept for it', async () => {
    stubApi(sessionRoute(null, true));
    await hydrateAt('/');
    expect(screen.queryByRole('region', { name: /Set up Acupress/ })).toBeNull();
    await act(() => loadAuthSession().then(() => undefined));
    const card = screen.getByRole('region', { name: 'Set up Acupress: create the owner account' });
    expect(within(card).getByRole('link', { name: 'Set up Acupress' })).toBeTruthy();
    expect(card.hasAttribute('inert')).toBe(false);
  });

  it('measurements kept on the device: the point page hydrates cleanly, then shows their cm', async () => {
    window.localStorage.setItem(
      MEASUREMENTS_KEY,
      JSON.stringify({ 'scapulae-medial-borders': 18 }),
    );
    const { html, errors } = await hydrateAt('/points/BL23');
    expect(errors).toEqual([]);
    expect(html).not.toContain('cm for you');
    // 1.5 cun of a 6-cun segment measured at 18 cm.
    expect(screen.getByRole('region', { name: 'Distances' }).textContent).toContain(
      '≈ 4.5 cm for you',
    );
  });

  it('the shell of every other URL is the header and footer around an empty page', () => {
    const container = document.createElement('div');
    container.innerHTML = renderShell().html;
    expect(container.querySelector('header.app-header')).not.toBeNull();
    expect(container.querySelector('footer.app-footer')).not.toBeNull();
    expect(container.querySelector('main .page')?.childNodes).toHaveLength(0);
  });
});
