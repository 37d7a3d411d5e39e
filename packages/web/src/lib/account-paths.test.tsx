import { describe, expect, it } from 'vitest';
import { safeNext } from './account-paths';

describe('safeNext (where sign-in returns to)', () => {
  it.each([
    ['/account', '/account'],
    ['/check-in/plan?x=1#top', '/check-in/plan?x=1#top'],
  ])('keeps the path %s', (next, kept) => expect(safeNext(next)).toBe(kept));

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
  ])('refuses %j', (next) => expect(safeNext(next)).toBeUndefined());
});
