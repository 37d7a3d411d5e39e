import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** This package's version (packages/server/package.json; two levels up from src/config/ and dist/config/). */
export function serverVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: unknown;
    };
    cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  }
  return cached;
}
