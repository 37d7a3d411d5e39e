#!/usr/bin/env node
// The `acupress` command. npm links a package's command when it installs the package, before
// anything is built, so the command's target is this committed launcher: it builds first when
// the build is missing or older than the sources (scripts/build-stamp.mjs), then runs the built
// CLI. The build's output goes to standard error: `acupress points --json` stays valid JSON.
import { spawnSync } from 'node:child_process';
import { isBuildCurrent, ROOT } from '../../../scripts/build-stamp.mjs';

if (!isBuildCurrent()) {
  process.stderr.write('acupress: the sources changed since the last build; building first.\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const built = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    process.stderr.write('acupress: the build failed (see above).\n');
    process.exit(1);
  }
}
await import('../dist/cli.js');
