import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib.js';

// Lighthouse 12.2.3 (pinned: 13 needs Node 22), mobile with its default simulated throttling,
// in Debian's Chromium; Chromium's own calls home are switched off (they are refused here).

const CLI = join(root, 'node_modules/lighthouse/cli/index.js');
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
].join(' ');

export interface PageScore {
  page: string;
  /** 0–100. */
  performance: number;
  accessibility: number;
  /** Cumulative layout shift. */
  cls: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
}

interface Report {
  categories: Record<'performance' | 'accessibility', { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
}

/** One Lighthouse run on `url`; `cookie` for a signed-in page. */
export async function lighthouse(page: string, url: string, cookie?: string): Promise<PageScore> {
  const args = [
    CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility',
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString())
        : reject(new Error(`lighthouse ${url} exited ${code}`)),
    );
  });
  const report = JSON.parse(out) as Report;
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const score = (c: 'performance' | 'accessibility') =>
    Math.round((report.categories[c].score ?? 0) * 100);
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    cls: audit('cumulative-layout-shift'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    fcpMs: audit('first-contentful-paint'),
  };
}
