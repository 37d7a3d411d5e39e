import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Every text file of the build is written beside itself as .br and .gz, compressed once at the
// highest levels (the server's @fastify/static `preCompressed` sends them), so what travels to a
// phone is the compressed size and no request pays for compressing.

const TEXT = /\.(html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

/** Every file under `dir`, as paths relative to it (sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface Compressed {
  file: string;
  bytes: number;
  br?: number;
  gz?: number;
}

/**
 * Writes `x.br` and `x.gz` for each text file under `dir` where that is smaller than the file
 * itself (a tiny file can grow); the server falls back to the file as it is.
 */
export function precompress(dir: string): Compressed[] {
  return listFiles(dir)
    .filter((file) => TEXT.test(file))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      const out: Compressed = { file, bytes: body.length };
      const br = brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
      const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
      if (br.length < body.length) {
        writeFileSync(join(dir, `${file}.br`), br);
        out.br = br.length;
      }
      if (gz.length < body.length) {
        writeFileSync(join(dir, `${file}.gz`), gz);
        out.gz = gz.length;
      }
      return out;
    });
}
