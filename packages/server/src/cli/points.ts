import { POINTS } from '@acupress/core';
import { pointSummary } from '../routes/points/point-payloads.js';
import { EXIT, type Command } from './io.js';

const COLUMNS = ['id', 'pinyin', 'english', 'meridian', 'region', 'template', 'cautions'] as const;

/** Rows of text as columns padded to their widest cell. */
export function alignTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `acupress points [--json]`: the atlas, as an aligned table or a JSON array of summaries. */
export const points: Command = (args, io) => {
  const unknown = args.find((a) => a !== '--json');
  if (unknown !== undefined) {
    io.err(`acupress points: unknown option '${unknown}'. Usage: acupress points [--json]`);
    return Promise.resolve(EXIT.USAGE);
  }
  const summaries = POINTS.map(pointSummary);
  if (args.includes('--json')) {
    io.out(JSON.stringify(summaries, null, 2));
    return Promise.resolve(EXIT.OK);
  }
  const rows = summaries.map((p) => [
    p.id,
    p.pinyin,
    p.english,
    p.meridian,
    p.region,
    p.template,
    p.cautions.join(',') || '-',
  ]);
  io.out(alignTable([[...COLUMNS], ...rows]));
  io.out(`${summaries.length} points. Details: GET /api/points/<id> while the server runs.`);
  return Promise.resolve(EXIT.OK);
};
