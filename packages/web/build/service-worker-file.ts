import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SERVICE_WORKER_FILE,
  precacheUrls,
  serviceWorkerSource,
} from '../src/offline/service-worker-source';
import { listFiles } from './precompress';

/**
 * Writes sw.js: every file of the build (the assets, the manifest and icons, the pre-rendered
 * pages and the shell) under a version hashed from their names and contents, so each deploy
 * installs a new worker. Before precompressing: the .br and .gz copies are not listed.
 */
export function writeServiceWorker(dist: string): string[] {
  const files = listFiles(dist).filter(
    (name) => name !== SERVICE_WORKER_FILE && !/\.(map|br|gz)$/.test(name),
  );
  const hash = createHash('sha256');
  for (const name of files) {
    hash.update(name);
    hash.update(readFileSync(join(dist, name)));
  }
  const urls = precacheUrls(files);
  writeFileSync(
    join(dist, SERVICE_WORKER_FILE),
    serviceWorkerSource(hash.digest('hex').slice(0, 16), urls),
  );
  return urls;
}
