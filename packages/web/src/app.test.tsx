import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './test/render-at';

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('App routing', () => {
  it('moves between pages without reloading, focusing each new page’s heading', async () => {
    renderAt('/');
    expect(document.title).toBe('Acupress');

    fireEvent.click(screen.getByRole('link', { name: 'Browse the point atlas' }));
    expect(window.location.pathname).toBe('/atlas');
    expect(h1().textContent).toBe('Point atlas');
    expect(document.activeElement).toBe(h1());
    expect(document.title).toBe('Atlas · Acupress');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Atlas');

    // (A text query: computing the names of the atlas's hundred links is slow in jsdom.)
    fireEvent.click(screen.getByText('Weizhong'));
    expect(window.location.pathname).toBe('/points/BL40');
    expect(document.title).toBe('BL40 Weizhong · Acupress');
    expect(document.activeElement).toBe(h1());

    act(() => window.history.back());
    await waitFor(() => expect(h1().textContent).toBe('Point atlas'));
  });

  it('shows a not-found page for an unknown address', () => {
    renderAt('/no-such-page');
    expect(h1().textContent).toBe('Page not found');
    expect(screen.getByRole('link', { name: 'Go to the atlas' })).toBeTruthy();
  });
});
