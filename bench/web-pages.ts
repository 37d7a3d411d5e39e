import { startServer } from './lib.js';
import { lighthouse, type PageScore } from './lighthouse.js';
import { seedOwner, seedSessions } from './seed.js';
import { firstLoad, type FirstLoad } from './web-bytes.js';

// The web app as a phone meets it, on the built server (`npm start`) with an empty database:
// what travels on first load, and Lighthouse on each page a person opens first. The home page
// is measured on the new server (its set-up card), the public pages as a visitor, the practice
// page signed in with a week of sessions.

const SERVER = ['packages/server/dist/cli.js', 'start'];
const POINT_PAGE = '/points/BL23';

export interface WebResult {
  firstLoads: FirstLoad[];
  scores: PageScore[];
}

export async function webPages(options: { lighthouse: boolean }): Promise<WebResult> {
  const app = await startServer(SERVER, { LOG_LEVEL: 'warn' }, '/api/health');
  try {
    const firstLoads = [
      await firstLoad(app.url, '/'),
      await firstLoad(app.url, '/atlas'),
      await firstLoad(app.url, POINT_PAGE),
      await firstLoad(app.url, '/check-in'),
    ];
    const scores: PageScore[] = [];
    const run = async (page: string, path: string, cookie?: string) => {
      if (options.lighthouse) scores.push(await lighthouse(page, app.url + path, cookie));
    };
    await run('home (new server)', '/');
    const person = await seedOwner(app.url);
    await seedSessions(app.url, person, 7);
    await run('atlas', '/atlas');
    await run(`point page ${POINT_PAGE}`, POINT_PAGE);
    await run('check-in', '/check-in');
    await run('practice (signed in)', '/practice', person.cookie);
    return { firstLoads, scores };
  } finally {
    await app.stop();
  }
}
