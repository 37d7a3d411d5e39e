import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeServiceWorker } from './service-worker-file';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function dist(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'acupress-sw-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

/** The version of the worker written for a build of these files. */
function versionOf(files: Record<string, string>): string {
  const root = dist(files);
  writeServiceWorker(root);
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  rmSync(root, { recursive: true, force: true });
  return /const VERSION = "([0-9a-f]{16})"/.exec(sw)![1]!;
}

describe('the service worker written after pre-rendering', () => {
  const files = {
    'index.html': 'home',
    'shell.html': 'shell',
    'atlas/index.html': 'atlas',
    'points/BL23/index.html': 'BL23',
    'assets/index-abc.js': 'js',
    'assets/index-abc.js.map': 'map',
    'manifest.webmanifest': '{}',
  };

  it('lists the pages, the shell and the assets; never maps, compressed copies or itself', () => {
    const root = dist({ ...files, 'assets/index-abc.js.br': 'br', 'sw.js': 'old' });
    expect(writeServiceWorker(root)).toEqual([
      '/',
      '/assets/index-abc.js',
      '/atlas',
      '/index.html',
      '/manifest.webmanifest',
      '/points/BL23',
      '/shell.html',
    ]);
  });

  it('is a new version when any listed file changes, the same when nothing does', () => {
    const a = versionOf(files);
    const same = versionOf(files);
    const changed = versionOf({ ...files, 'points/BL23/index.html': 'BL23, reworded' });
    expect(same).toBe(a);
    expect(changed).not.toBe(a);
  });
});
