import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rememberOfflineUser } from '../../offline/care-snapshot';
import { OWNER, apiError, renderWithApi, sessionRoute, type StubRoute } from '../../test/api-stub';
import { renderAt } from '../../test/render-at';

// The home page's account card: one of three, chosen by the session, in a space kept for all
// three from the first paint (home.css stacks them in one grid cell; only the chosen one shows).

const CARDS = ['home-setup', 'home-practice', 'home-sign-in'];
const shown = () =>
  screen
    .queryAllByRole('region')
    .map((r) => r.getAttribute('aria-labelledby'))
    .filter((id) => id && CARDS.includes(id));

describe('the home page’s account card', () => {
  it.each<[string, Record<string, StubRoute>, boolean, string[]]>([
    ['a new server', sessionRoute(null, true), false, ['home-setup']],
    ['signed in', sessionRoute(OWNER), false, ['home-practice']],
    ['signed out', sessionRoute(null), false, ['home-sign-in']],
    [
      'the server unreachable, someone signed in here before',
      { 'GET /api/session': apiError(503, 'UNAVAILABLE', 'down') },
      true,
      ['home-practice'],
    ],
    [
      'the server unreachable, nobody signed in here before',
      { 'GET /api/session': apiError(503, 'UNAVAILABLE', 'down') },
      false,
      [],
    ],
  ])('%s: shows its card, and only that one', async (_case, routes, remembered, expected) => {
    if (remembered) rememberOfflineUser(OWNER);
    await renderWithApi('/', routes);
    expect(shown()).toEqual(expected);
  });

  it('shows none while the session is not known yet, all three keeping their place', () => {
    renderAt('/');
    expect(shown()).toEqual([]);
    const cards = document.querySelectorAll('.home-account__card');
    expect(cards).toHaveLength(3);
    cards.forEach((card) => expect(card.classList.contains('home-account__card--idle')).toBe(true));
  });

  it('keeps the hidden cards out of reach: not in the accessibility tree, not focusable', async () => {
    await renderWithApi('/', sessionRoute(null));
    expect(screen.queryByRole('link', { name: 'Set up Acupress' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Go to your practice' })).toBeNull();
    const setup = document.querySelector('section[aria-labelledby="home-setup"]')!;
    expect(setup.hasAttribute('inert')).toBe(true);
    const signIn = screen.getByRole('region', { name: 'Keep your check-ins and sessions' });
    expect(within(signIn).getByRole('link', { name: 'Sign in' })).toBeTruthy();
  });
});
