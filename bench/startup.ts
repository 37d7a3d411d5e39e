import { median, startServer } from './lib.js';

/**
 * `npm start` (the CLI's start on an empty database) to the first served page, side by side
 * with a bare Fastify process serving a page, alternating in one run. Budget: < 2 s.
 */
export async function startupTimes(rounds = 3): Promise<{ appMs: number; bareMs: number }> {
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const a = await startServer(['packages/server/dist/cli.js', 'start'], {}, '/');
    app.push(a.readyMs);
    await a.stop();
    const b = await startServer(['bench/bare-server.mjs'], {}, '/');
    bare.push(b.readyMs);
    await b.stop();
  }
  return { appMs: median(app), bareMs: median(bare) };
}
