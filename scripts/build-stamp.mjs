#!/usr/bin/env node
// Whether the build (packages/*/dist) is the build of the sources as they are now, so that the
// install, `npm start`, `npx acupress` and the browser tests build once, and only when something
// changed: a hash of every file the build reads, kept beside the server's build.
//
//   node scripts/build-stamp.mjs --write   after a build: remember what it was built from
//   node scripts/build-stamp.mjs --check   exit 0 if the build is current, 1 if not
//
// Plain JavaScript with no dependency: it runs before anything is built.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the build reads: sources, configs and public files; tests never reach a build. */
const INPUTS = [
  'tsconfig.base.json',
  'packages/core/src',
  'packages/core/package.json',
  'packages/core/tsconfig.json',
  'packages/core/tsconfig.build.json',
  'packages/web/src',
  'packages/web/public',
  'packages/web/index.html',
  'packages/web/package.json',
  'packages/web/tsconfig.json',
  'packages/web/vite.config.ts',
  'packages/server/src',
  'packages/server/package.json',
  'packages/server/tsconfig.json',
  'packages/server/tsconfig.build.json',
];

/** What a complete build leaves; the stamp sits beside the last part built. */
const OUTPUTS = [
  'packages/core/dist/index.js',
  'packages/web/dist/index.html',
  'packages/server/dist/cli.js',
];
const STAMP = 'packages/server/dist/.build-inputs';

const isTest = (name) => /\.test\.tsx?$/.test(name);

function files(path) {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => !isTest(e.name))
    .flatMap((e) => files(relative(ROOT, join(abs, e.name))));
}

/** SHA-256 of every input's path and content, in a fixed order. */
export function inputsHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** True when every part of the build exists and was made from the sources as they are. */
export function isBuildCurrent() {
  if (!OUTPUTS.every((p) => existsSync(join(ROOT, p)))) return false;
  const stamp = join(ROOT, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsHash();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) {
    writeFileSync(join(ROOT, STAMP), `${inputsHash()}\n`);
  } else if (process.argv.includes('--check')) {
    const current = isBuildCurrent();
    process.stderr.write(
      current ? 'The build is up to date.\n' : 'The sources changed since the last build.\n',
    );
    process.exitCode = current ? 0 : 1;
  } else {
    process.stderr.write('Usage: node scripts/build-stamp.mjs --check | --write\n');
    process.exitCode = 2;
  }
}
