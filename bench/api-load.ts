import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon, { type Options } from 'autocannon';
import { median, root, startServer } from './lib.js';
import { seedOwner, seedSessions, sessionStart } from './seed.js';

// The API under load: 100 connections, as many requests as the server answers. The app runs as
// `npm start` runs it (SQLite, JSON logs at info, to /dev/null here); the reference is a bare
// Fastify handler sending the same bytes as GET /api/points/:code (bare-server.mjs). Both share
// the machine with the load generator, so only what is measured side by side means anything.

const SERVER = ['packages/server/dist/cli.js', 'start'];
const BARE = ['bench/bare-server.mjs'];
const CONNECTIONS = 100;
const POINT = '/api/points/BL23';
/** Four weeks of daily sessions: the care answer of a person a month in. */
const HISTORY_DAYS = 28;

export interface Load {
  name: string;
  rps: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return NaN;
  }
}

async function load(name: string, options: Options): Promise<Load> {
  const r = await autocannon({ connections: CONNECTIONS, pipelining: 1, timeout: 10, ...options });
  return {
    name,
    rps: r.requests.average,
    p99Ms: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

export interface ApiLoadResult {
  /** Median of app/bare req/s over alternating rounds on GET /api/points/BL23. */
  pointRatio: number;
  pointRps: number;
  bareRps: number;
  /**
   * The same rounds counted in server CPU time per request (bare's over the app's): less moved
   * by other work on the machine than req/s, which the load generator's share also limits.
   */
  cpuRatio: number;
  pointCpuUs: number;
  bareCpuUs: number;
  /** Each endpoint for `sustainSeconds`, then the bare handler for as long. */
  sustained: Load[];
  bare: Load;
}

export async function apiLoad(options: {
  rounds: number;
  roundSeconds: number;
  sustainSeconds: number;
}): Promise<ApiLoadResult> {
  const app = await startServer(SERVER, { LOG_LEVEL: 'info' }, '/api/health');
  const payload = await (await fetch(app.url + POINT)).text();
  const bare = await startServer(BARE, { BARE_PAYLOAD: payload }, POINT);
  try {
    const person = await seedOwner(app.url);
    await seedSessions(app.url, person, HISTORY_DAYS);
    const auth = { cookie: person.cookie, 'x-csrf-token': person.csrfToken };
    const json = { ...auth, 'content-type': 'application/json' };

    await load('warm-up', { url: app.url + POINT, duration: 1 });
    await load('warm-up', { url: bare.url + POINT, duration: 1 });
    // Short rounds, alternating A B B A: a change in the machine's other load hits both.
    const ratios: number[] = [];
    const appRps: number[] = [];
    const bareRps: number[] = [];
    const cpuRatios: number[] = [];
    const appCpu: number[] = [];
    const bareCpu: number[] = [];
    const round = async (server: typeof app) => {
      const before = cpuMs(server.child);
      const r = await autocannon({
        url: server.url + POINT,
        connections: CONNECTIONS,
        duration: options.roundSeconds,
      });
      return {
        rps: r.requests.average,
        cpuUs: ((cpuMs(server.child) - before) * 1000) / r.requests.total,
      };
    };
    for (let i = 0; i < options.rounds; i++) {
      const first = i % 2 === 0 ? app : bare;
      const x = await round(first);
      const y = await round(first === app ? bare : app);
      const [a, b] = first === app ? [x, y] : [y, x];
      appRps.push(a.rps);
      bareRps.push(b.rps);
      ratios.push(a.rps / b.rps);
      appCpu.push(a.cpuUs);
      bareCpu.push(b.cpuUs);
      cpuRatios.push(b.cpuUs / a.cpuUs);
    }

    const seconds = options.sustainSeconds;
    const assessment = readFileSync(join(root, 'docs/examples/assessment.json'), 'utf8');
    const checkIn = `{"assessment":${assessment}}`;
    const start = JSON.stringify(sessionStart(person.checkInId));
    const sustained = [
      await load(`GET ${POINT}`, { url: app.url + POINT, duration: seconds }),
      await load(`GET /api/people/me/care (${HISTORY_DAYS} sessions)`, {
        url: `${app.url}/api/people/me/care`,
        headers: auth,
        duration: seconds,
      }),
      await load('PUT /api/people/me/sessions/:id (new)', {
        url: app.url,
        duration: seconds,
        requests: [
          {
            method: 'PUT',
            headers: json,
            body: start,
            setupRequest: (request) => ({
              ...request,
              path: `/api/people/me/sessions/${randomUUID()}`,
            }),
          },
        ],
      }),
      await load('POST /api/people/me/check-ins', {
        url: `${app.url}/api/people/me/check-ins`,
        method: 'POST',
        headers: json,
        body: checkIn,
        duration: seconds,
      }),
    ];
    const bareLoad = await load(`bare handler, GET ${POINT}`, {
      url: bare.url + POINT,
      duration: seconds,
    });
    return {
      pointRatio: median(ratios),
      pointRps: median(appRps),
      bareRps: median(bareRps),
      cpuRatio: median(cpuRatios),
      pointCpuUs: median(appCpu),
      bareCpuUs: median(bareCpu),
      sustained,
      bare: bareLoad,
    };
  } finally {
    await app.stop();
    await bare.stop();
  }
}
