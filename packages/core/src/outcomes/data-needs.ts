import type { DataNeed, NotEnoughData, OutcomeSourceKey } from './progress-schema.js';

// "Not enough data yet", always with what would change the picture: how many more weeks or
// sessions, by the rule stated in outcome-defaults.ts.

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const need = {
  weeks: (more: number): DataNeed => ({
    what: 'weeks',
    more,
    text: `${plural(more, 'more week')} of sessions with pain ratings`,
  }),
  sessions: (more: number): DataNeed => ({
    what: 'sessions',
    more,
    text: `${plural(more, 'more session')} with a pain rating`,
  }),
  recent: (): DataNeed => ({
    what: 'recent-session',
    more: 1,
    text: 'a session with a pain rating in the coming days (none in the last 7)',
  }),
  rated: (more: number): DataNeed => ({
    what: 'rated-sessions',
    more,
    text: `${plural(more, 'more session')} with pain rated before and after`,
  }),
  weeksWithRatings: (more: number): DataNeed => ({
    what: 'weeks-with-ratings',
    more,
    text: `${plural(more, 'more week')} with at least one pain rating`,
  }),
};

/** "Not enough data yet: <why>. What would change that: <needs>." */
export function notEnoughData(
  why: string,
  needs: DataNeed[],
  source: OutcomeSourceKey,
): NotEnoughData {
  const list = needs.map((n) => n.text);
  const joined =
    list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
  return {
    status: 'not-enough-data',
    needs,
    text: `Not enough data yet: ${why}. What would change that: ${joined}.`,
    source,
  };
}
