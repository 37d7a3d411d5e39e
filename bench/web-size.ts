import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.js';

/** First-load JavaScript of the web app: every script and modulepreload in index.html, gzip. */
export function firstLoadJsKb(): { kb: number; files: string[] } {
  const dist = join(root, 'packages/web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(refs)];
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length,
    0,
  );
  return { kb: bytes / 1024, files };
}
