// `npm run bench`: every budget of DESIGN.md that exists so far, each as a ratio or size
// measured side by side in this one run (the machine is shared: never compare bare times
// across runs). Needs a build (`npm run build`, done by `npm install`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiReadRatio } from './api-read.js';
import { root } from './lib.js';
import { startupTimes } from './startup.js';
import { firstLoadJsKb } from './web-size.js';
import { plansPerSecond } from './plan-engine.js';
import { progressRatio } from './progress.js';

interface Row {
  budget: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const rows: Row[] = [];
const print = (r: Row): void => {
  rows.push(r);
  console.log(
    `${r.pass ? 'PASS' : 'FAIL'}  ${r.budget.padEnd(52)} ${r.measured.padEnd(46)} budget ${r.limit}`,
  );
};

const quick = process.argv.includes('--quick');

const web = firstLoadJsKb();
print({
  budget: 'web first-load JavaScript (gzip)',
  measured: `${web.kb.toFixed(1)} KB in ${web.files.length} file(s)`,
  limit: '≤ 120 KB',
  pass: web.kb <= 120,
});

const plans = plansPerSecond(quick ? 1000 : 3000);
print({
  budget: 'plan engine, in-process, one core',
  measured: `${Math.round(plans).toLocaleString('en')} plans/s (${(plans / 50_000).toFixed(2)}× budget)`,
  limit: '≥ 50,000/s',
  pass: plans >= 50_000,
});

const progress = progressRatio(quick ? 3 : 7, quick ? 100 : 300);
print({
  budget: 'progress report, 2 years vs 4 weeks of daily sessions',
  measured: `ratio ${progress.ratio.toFixed(2)} (${(progress.years2 * 1000).toFixed(0)} vs ${(progress.weeks4 * 1000).toFixed(0)} µs)`,
  limit: '≤ 2×',
  pass: progress.ratio <= 2,
});

const start = await startupTimes(quick ? 1 : 3);
print({
  budget: 'npm start → first page, empty database',
  measured: `${(start.appMs / 1000).toFixed(2)} s (${(start.appMs / start.bareMs).toFixed(2)}× a bare Fastify start)`,
  limit: '< 2 s',
  pass: start.appMs < 2000,
});

const api = await apiReadRatio(quick ? 1 : 3, quick ? 2 : 3);
print({
  budget: 'GET /api/points/:code vs bare Fastify handler',
  measured: `ratio ${api.ratio.toFixed(2)} (${Math.round(api.app)} vs ${Math.round(api.bare)} req/s)`,
  limit: '≥ 0.6',
  pass: api.ratio >= 0.6,
});

mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(
  join(root, 'bench/out/results.json'),
  JSON.stringify({ at: new Date().toISOString(), rows }, null, 2),
);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
