import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from './cookies.js';

describe('parseCookies', () => {
  it('reads pairs, trims, unquotes and decodes', () => {
    const c = parseCookies(' a=1; b = two ; c="quoted"; d=%20x%3B');
    expect([...c]).toEqual([
      ['a', '1'],
      ['b', 'two'],
      ['c', 'quoted'],
      ['d', ' x;'],
    ]);
  });

  it('keeps the first of a repeated name and skips malformed pairs', () => {
    const c = parseCookies('s=first; junk; =nameless; s=second; bad=%E0%A4%A');
    expect([...c]).toEqual([['s', 'first']]);
  });

  it('answers an empty map for no header', () => {
    expect(parseCookies(undefined).size).toBe(0);
    expect(parseCookies('').size).toBe(0);
  });
});

describe('serializeCookie', () => {
  it('writes the attributes asked for', () => {
    const v = serializeCookie('s', 'a b;c', {
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
      maxAge: 60,
    });
    expect(v).toMatch(
      /^s=a%20b%3Bc; Max-Age=60; Expires=[^;]+ GMT; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
  });

  it('round-trips through parseCookies', () => {
    const value = 'tok=en/+;"';
    const header = serializeCookie('x', value).split(';')[0];
    expect(parseCookies(header).get('x')).toBe(value);
  });

  it('refuses a name that is not a token', () => {
    expect(() => serializeCookie('a b', 'x')).toThrow(/invalid cookie name/);
  });
});
