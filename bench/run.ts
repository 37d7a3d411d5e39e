// `npm run bench`: every budget of DESIGN.md that exists so far, each as a ratio or size
// measured side by side in this one run (the machine is shared: never compare bare times
// across runs). Needs a build (`npm run build`, done by `npm install`). `--quick` shortens the
// load runs; `--no-lighthouse` skips Lighthouse; `--only=web,plan,progress,start,api` runs those
// parts. Lighthouse and the load runs are measurements on a shared machine, not tests: the load
// average is printed beside them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { apiLoad } from './api-load.js';
import { root } from './lib.js';
import { plansPerSecond } from './plan-engine.js';
import { progressRatio } from './progress.js';
import { startupTimes } from './startup.js';
import { webPages } from './web-pages.js';

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
    `${r.pass ? 'PASS' : 'FAIL'}  ${r.budget.padEnd(52)} ${r.measured.padEnd(50)} budget ${r.limit}`,
  );
};
const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const part = (name: 'web' | 'plan' | 'progress' | 'start' | 'api'): boolean =>
  !only || only.includes(name);
console.log(`bench on ${load()}`);

const web = part('web')
  ? await webPages({ lighthouse: !process.argv.includes('--no-lighthouse') })
  : { firstLoads: [], scores: [] };
for (const first of web.firstLoads) {
  const plain = first.files.filter((f) => f.encoding === 'identity').map((f) => f.path);
  // The check-in's page names its feature's files too (they would come right after anyway):
  // printed for what it is, the budget is the public pages'.
  const budgeted = first.page !== '/check-in';
  print({
    budget: `first load of ${first.page}${budgeted ? '' : ' with its feature'}, over the wire`,
    measured: `${kb(first.bytes)} in ${first.files.length} files (${kb(first.rawBytes)} unpacked)`,
    limit: budgeted ? '≤ 100 KB' : 'compressed',
    pass: (!budgeted || first.bytes <= 100 * 1024) && plain.length === 0,
  });
  if (plain.length) console.log(`      sent uncompressed: ${plain.join(', ')}`);
  const noVary = first.files.filter((f) => !/accept-encoding/i.test(f.vary)).map((f) => f.path);
  if (noVary.length) console.log(`      without Vary: Accept-Encoding: ${noVary.join(', ')}`);
}
if (web.scores.length) console.log(`lighthouse (mobile) at ${load()}`);
for (const s of web.scores) {
  print({
    budget: `lighthouse ${s.page}`,
    measured:
      `perf ${s.performance} a11y ${s.accessibility} CLS ${s.cls.toFixed(3)} ` +
      `LCP ${(s.lcpMs / 1000).toFixed(1)} s TBT ${Math.round(s.tbtMs)} ms`,
    limit: 'perf ≥ 95, a11y 100, CLS < 0.05',
    pass: s.performance >= 95 && s.accessibility === 100 && s.cls < 0.05,
  });
}

const plans = part('plan') ? plansPerSecond(quick ? 1000 : 3000) : NaN;
if (part('plan'))
  print({
    budget: 'plan engine, in-process, one core',
    measured: `${Math.round(plans).toLocaleString('en')} plans/s (${(plans / 50_000).toFixed(2)}× budget)`,
    limit: '≥ 50,000/s',
    pass: plans >= 50_000,
  });

const progress = part('progress') ? progressRatio(quick ? 3 : 7, quick ? 100 : 300) : undefined;
if (progress)
  print({
    budget: 'progress report, 2 years vs 4 weeks of daily sessions',
    measured: `ratio ${progress.ratio.toFixed(2)} (${(progress.years2 * 1000).toFixed(0)} vs ${(progress.weeks4 * 1000).toFixed(0)} µs)`,
    limit: '≤ 2×',
    pass: progress.ratio <= 2,
  });

const start = part('start') ? await startupTimes(quick ? 1 : 3) : undefined;
if (start)
  print({
    budget: 'npm start → first page, empty database',
    measured: `${(start.appMs / 1000).toFixed(2)} s (${(start.appMs / start.bareMs).toFixed(2)}× a bare Fastify start)`,
    limit: '< 2 s',
    pass: start.appMs < 2000,
  });

const api = part('api')
  ? await apiLoad({
      rounds: quick ? 6 : 12,
      roundSeconds: quick ? 1 : 2,
      sustainSeconds: quick ? 5 : 30,
    })
  : undefined;
if (api)
  print({
    budget: 'GET /api/points/:code vs bare Fastify, 100 conn.',
    measured: `ratio ${api.pointRatio.toFixed(2)} (${Math.round(api.pointRps)} vs ${Math.round(api.bareRps)} req/s)`,
    limit: '≥ 0.8',
    pass: api.pointRatio >= 0.8,
  });
if (api)
  console.log(
    `      server CPU per request: ${api.pointCpuUs.toFixed(1)} vs ${api.bareCpuUs.toFixed(1)} µs ` +
      `(bare/app ${api.cpuRatio.toFixed(2)}), the same rounds`,
  );
if (api) console.log(`load runs, 100 connections, ${quick ? 5 : 30} s each, at ${load()}:`);
for (const l of api ? [...api.sustained, api.bare] : []) {
  const bare = api!.bare;
  const isBare = l === bare;
  print({
    budget: l.name,
    measured:
      `${Math.round(l.rps)} req/s, p99 ${l.p99Ms} ms` +
      (isBare ? '' : ` (${(l.rps / bare.rps).toFixed(2)}× bare)`) +
      `, ${l.errors} errors, ${l.timeouts} timeouts, ${l.non2xx} non-2xx`,
    limit: '0 errors, 0 timeouts',
    pass: l.errors + l.timeouts + l.non2xx === 0,
  });
}

mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(
  join(root, 'bench/out/results.json'),
  JSON.stringify({ at: new Date().toISOString(), loadavg: loadavg(), rows }, null, 2),
);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
