export const PRACTICE_PATH = '/practice';
export const PRACTICE_SESSION_PATH = '/practice/session';
export const nextDayHref = (sessionId: string): string =>
  `/practice/next-day/${encodeURIComponent(sessionId)}`;
/** The practice page, after a session or a next-day check was kept. */
export const PRACTICE_DONE_PATH = `${PRACTICE_PATH}?saved=1`;
