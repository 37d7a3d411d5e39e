import autocannon from 'autocannon';
import { median, root, startServer } from './lib.js';

const SERVER = ['packages/server/dist/cli.js', 'start'];
const BARE = ['bench/bare-server.mjs'];

async function load(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: 20, duration: seconds, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/**
 * GET /api/points/:code against a bare Fastify handler returning the same bytes, alternating
 * A B A B in one run so machine drift hits both. Budget: ratio ≥ 0.6 (DESIGN.md).
 */
export async function apiReadRatio(
  rounds = 3,
  seconds = 3,
): Promise<{ ratio: number; app: number; bare: number }> {
  void root;
  const app = await startServer(SERVER, { LOG_LEVEL: 'info' }, '/api/health');
  const path = '/api/points/BL23';
  const payload = await (await fetch(app.url + path)).text();
  const bare = await startServer(BARE, { BARE_PAYLOAD: payload }, path);
  try {
    await load(app.url + path, 1); // warm-up
    await load(bare.url + path, 1);
    const ratios: number[] = [];
    const appRps: number[] = [];
    const bareRps: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const a = await load(app.url + path, seconds);
      const b = await load(bare.url + path, seconds);
      appRps.push(a);
      bareRps.push(b);
      ratios.push(a / b);
    }
    return { ratio: median(ratios), app: median(appRps), bare: median(bareRps) };
  } finally {
    await app.stop();
    await bare.stop();
  }
}
