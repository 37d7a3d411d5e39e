import { describe, expect, it } from 'vitest';
import { crossSiteFailure, csrfFailure, isStateChanging } from './request-guard.js';

describe('crossSiteFailure', () => {
  it.each([
    [undefined, undefined, 'acupress.example'],
    ['https://acupress.example', undefined, 'acupress.example'],
    ['https://acupress.example:443', undefined, 'acupress.example'],
    ['http://localhost', undefined, 'localhost:80'],
    ['http://127.0.0.1:8080', 'same-origin', '127.0.0.1:8080'],
    [undefined, 'none', 'acupress.example'],
  ])('lets %s (Sec-Fetch-Site %s) through to %s', (origin, site, host) => {
    expect(crossSiteFailure(origin, site, host)).toBeUndefined();
  });

  it.each([
    ['https://evil.example', undefined, 'acupress.example'],
    ['http://127.0.0.1:9999', undefined, '127.0.0.1:8080'],
    ['null', undefined, 'acupress.example'],
    [undefined, 'cross-site', 'acupress.example'],
  ])('refuses %s (Sec-Fetch-Site %s) to %s', (origin, site, host) => {
    expect(crossSiteFailure(origin, site, host)?.code).toBe('FORBIDDEN');
  });
});

describe('csrfFailure', () => {
  it('accepts only the exact token', () => {
    expect(csrfFailure('abc', 'abc')).toBeUndefined();
    for (const sent of [undefined, '', 'abd', 'abcd', ['abc', 'abc']]) {
      expect(csrfFailure(sent, 'abc')?.message).toMatch(/^Missing or wrong CSRF token/);
    }
  });
});

describe('isStateChanging', () => {
  it('is true for the methods that change things', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].every(isStateChanging)).toBe(true);
    expect(['GET', 'HEAD', 'OPTIONS'].some(isStateChanging)).toBe(false);
  });
});
