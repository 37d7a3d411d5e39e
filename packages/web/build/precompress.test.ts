import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles, precompress } from './precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'acupress-precompress-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('precompressing the build', () => {
  const script = 'export const points = ' + JSON.stringify(Array(200).fill('BL23 Shenshu'));

  it('writes .br and .gz beside each text file, holding exactly the file', () => {
    const root = build({ 'assets/index-abc.js': script, 'atlas/index.html': `<p>${script}</p>` });
    const [js] = precompress(root);
    expect(js).toMatchObject({ file: 'assets/index-abc.js', bytes: script.length });
    expect(js!.br).toBeLessThan(script.length / 10);
    expect(
      brotliDecompressSync(readFileSync(join(root, 'assets/index-abc.js.br'))).toString(),
    ).toBe(script);
    expect(gunzipSync(readFileSync(join(root, 'assets/index-abc.js.gz'))).toString()).toBe(script);
    expect(existsSync(join(root, 'atlas/index.html.br'))).toBe(true);
  });

  it('leaves out what would not get smaller, and files that are not text', () => {
    const root = build({ 'a.svg': '<svg/>', 'icon.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    expect(precompress(root)).toEqual([{ file: 'a.svg', bytes: 6 }]);
    expect(listFiles(root)).toEqual(['a.svg', 'icon.png']);
  });
});
