import {
  POINTS,
  type CautionFlag,
  type Meridian,
  type PointFilter,
  type Region,
} from '@acupress/core';
import { CAUTION_LABELS, REGION_LABELS } from './point-labels';

// The atlas's search state lives in the URL (?q=&region=&meridian=&caution=), so back,
// forward, reload and shared links all keep it. Unknown values are ignored, never trusted.

const unique = <T>(values: T[]): T[] => [...new Set(values)];

export const REGIONS: Region[] = (Object.keys(REGION_LABELS) as Region[]).filter((r) =>
  POINTS.some((p) => p.region === r),
);
export const MERIDIANS: Meridian[] = unique(POINTS.map((p) => p.meridian)).sort((a, b) =>
  a === 'Extra' ? 1 : b === 'Extra' ? -1 : a.localeCompare(b),
);
export const CAUTION_FLAGS: CautionFlag[] = (Object.keys(CAUTION_LABELS) as CautionFlag[]).filter(
  (f) => POINTS.some((p) => p.cautions.some((c) => c.flag === f)),
);

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export interface AtlasQuery {
  q: string;
  region?: Region;
  meridian?: Meridian;
  caution?: CautionFlag;
}

export function parseAtlasQuery(search: string): AtlasQuery {
  const params = new URLSearchParams(search);
  const query: AtlasQuery = { q: (params.get('q') ?? '').slice(0, 100) };
  const region = pick(params.get('region'), REGIONS);
  const meridian = pick(params.get('meridian'), MERIDIANS);
  const caution = pick(params.get('caution'), CAUTION_FLAGS);
  if (region) query.region = region;
  if (meridian) query.meridian = meridian;
  if (caution) query.caution = caution;
  return query;
}

export function toSearch(query: AtlasQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.region) params.set('region', query.region);
  if (query.meridian) params.set('meridian', query.meridian);
  if (query.caution) params.set('caution', query.caution);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function toFilter(query: AtlasQuery): PointFilter {
  const filter: PointFilter = {};
  if (query.q.trim()) filter.q = query.q.trim();
  if (query.region) filter.region = query.region;
  if (query.meridian) filter.meridian = query.meridian;
  if (query.caution) filter.caution = query.caution;
  return filter;
}

export function isFiltered(query: AtlasQuery): boolean {
  return Boolean(query.q.trim() || query.region || query.meridian || query.caution);
}

// The last atlas search, so a point page's "back to the atlas" link returns to the same list.
let lastAtlasSearch = '';

export function rememberAtlasSearch(search: string): void {
  lastAtlasSearch = search;
}

export function atlasHref(): string {
  return `/atlas${lastAtlasSearch}`;
}
