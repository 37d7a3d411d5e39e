import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

// What travels when a page is opened the first time: the HTML, then every script, module
// preload, stylesheet and font it names, each fetched from the running built server as a
// browser asks (Accept-Encoding: br, gzip), counting the body bytes as they come over the wire,
// before any decompression (fetch() would count the decompressed size).

export interface Transfer {
  path: string;
  status: number;
  /** Content-Encoding as sent ('identity' when none). */
  encoding: string;
  vary: string;
  /** Body bytes over the wire. */
  bytes: number;
  body: string;
}

export function fetchRaw(
  base: string,
  path: string,
  acceptEncoding = 'br, gzip',
): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, base),
      { headers: { 'accept-encoding': acceptEncoding, accept: 'text/html,*/*' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({
            path,
            status: res.statusCode ?? 0,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            vary: String(res.headers.vary ?? ''),
            bytes: raw.length,
            body: decode(raw, String(res.headers['content-encoding'] ?? '')),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const decode = (raw: Buffer, encoding: string): string =>
  (encoding === 'br'
    ? brotliDecompressSync(raw)
    : encoding === 'gzip'
      ? gunzipSync(raw)
      : raw
  ).toString();

/** The scripts, module preloads, stylesheets and preloaded fonts an HTML page names. */
export function firstLoadRefs(html: string): string[] {
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="preload"[^>]+as="font"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs)];
}

/** Fonts a stylesheet loads (url(...) of a font file). */
const fontRefs = (css: string): string[] =>
  [...css.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)].map((m) => m[1]!);

export interface FirstLoad {
  page: string;
  files: Transfer[];
  /** Compressed bytes over the wire, HTML + JS + CSS + fonts. */
  bytes: number;
  /** Bytes the same files would take uncompressed. */
  rawBytes: number;
}

export async function firstLoad(base: string, page: string): Promise<FirstLoad> {
  const html = await fetchRaw(base, page);
  if (html.status !== 200) throw new Error(`${page}: ${html.status}`);
  const files = [html];
  for (const ref of firstLoadRefs(html.body)) {
    const file = await fetchRaw(base, ref);
    if (file.status !== 200) throw new Error(`${ref}: ${file.status}`);
    files.push(file);
    if (ref.endsWith('.css')) {
      for (const font of fontRefs(file.body))
        files.push(await fetchRaw(base, new URL(font, new URL(ref, base)).pathname));
    }
  }
  return {
    page,
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    rawBytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.body), 0),
  };
}
