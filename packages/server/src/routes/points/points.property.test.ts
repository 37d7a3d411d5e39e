import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// DESIGN.md, Reliability: random and malformed input to every endpoint never yields a 5xx.

const KEYS = ['q', 'region', 'meridian', 'caution', 'template'];
const URL_CHARS = 'abcXYZ019-_.~%+&=?/[]{}:@!$\'()*,;"<>\\^`|';

/** Text as URL-safe as a client makes it, or raw characters a sloppy client might send. */
const urlPart = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }).map(encodeURIComponent),
  fc.string({ unit: fc.constantFrom(...URL_CHARS), maxLength: 30 }),
  fc.constantFrom(
    'lumbar',
    'Bladder',
    'pregnancy',
    'posterior',
    'BL23',
    'EX-B2',
    '%',
    '%zz',
    '%00',
  ),
);

const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), urlPart), urlPart), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('random input never yields a 5xx', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const status = async (url: string): Promise<number> => (await t.app.inject({ url })).statusCode;

  it('GET /api/points with random query strings', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const code = await status(`/api/points?${qs}`);
        expect(code, qs).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('GET /api/points/:code and /api/templates/:id with random codes', async () => {
    await fc.assert(
      fc.asyncProperty(urlPart, fc.boolean(), async (code, template) => {
        const url = `/api/${template ? 'templates' : 'points'}/${code}`;
        expect(await status(url), url).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('POST /api/points/:code/offsets with random JSON and random bytes', async () => {
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .dictionary(
          fc.string(),
          fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.jsonValue()),
        )
        .map((m) => JSON.stringify({ measurements: m })),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('BL23', 'ex-b2-l4', 'XX99', 'EX-B2'),
        body,
        async (code, payload) => {
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/points/${code}/offsets`,
            headers: { 'content-type': 'application/json' },
            payload,
          });
          expect(res.statusCode, payload).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('random paths anywhere never yield a 5xx', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET any path, as a browser or an API client', async () => {
    const path = fc.array(urlPart, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('', 'api/', 'api/points/', 'assets/'),
        path,
        fc.constantFrom('text/html', 'application/json', '*/*'),
        async (prefix, rest, accept) => {
          const url = `/${prefix}${rest}`;
          // `/\/` and the like are not URLs at all (a backslash counts as a slash, so the path
          // reads as a host): no client can send them, and inject throws before the server runs.
          fc.pre(URL.canParse(url, 'http://localhost'));
          const res = await t.app.inject({ url, headers: { accept } });
          expect(res.statusCode, url).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
