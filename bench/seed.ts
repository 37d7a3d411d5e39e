import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.js';

// A signed-in person with a record, made through the API as the web app would: the owner of a
// new server, one check-in (the documented example), and a history of guided sessions.

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, 'docs/examples', name), 'utf8')) as Record<string, unknown>;

export interface Person {
  /** `Cookie` header value of the session. */
  cookie: string;
  csrfToken: string;
  checkInId: string;
}

async function call(
  url: string,
  init: { method: string; body?: unknown; person?: Omit<Person, 'checkInId'> },
): Promise<Response> {
  const res = await fetch(url, {
    method: init.method,
    headers: {
      'content-type': 'application/json',
      ...(init.person ? { cookie: init.person.cookie, 'x-csrf-token': init.person.csrfToken } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method} ${url}: ${res.status} ${await res.text()}`);
  return res;
}

/** Body of a session start for the example check-in's plan, at `startedAt`. */
export const sessionStart = (checkInId: string, startedAt = new Date()) => ({
  ...example('session-start.json'),
  checkInId,
  startedAt: startedAt.toISOString(),
});

/** The new server's owner, signed in, with the example check-in saved to their record. */
export async function seedOwner(base: string): Promise<Person> {
  const setup = await call(`${base}/api/setup`, {
    method: 'POST',
    body: {
      clinicName: 'Bench household',
      name: 'Bench Person',
      email: 'bench@example.org',
      password: 'a bench password, long enough',
    },
  });
  const cookie = setup.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  const saved = await call(`${base}/api/people/me/check-ins`, {
    method: 'POST',
    body: { assessment: example('assessment.json') },
    person: { cookie, csrfToken },
  });
  const { id } = (await saved.json()) as { id: string };
  return { cookie, csrfToken, checkInId: id };
}

/** One logged session a day for the last `days` days. */
export async function seedSessions(base: string, person: Person, days: number): Promise<void> {
  const log = example('session-log.json');
  for (let d = days; d >= 1; d--) {
    const started = new Date(Date.now() - d * 24 * 60 * 60_000);
    const url = `${base}/api/people/me/sessions/${randomUUID()}`;
    await call(url, { method: 'PUT', body: sessionStart(person.checkInId, started), person });
    await call(`${url}/log`, {
      method: 'PUT',
      body: { ...log, endedAt: new Date(started.getTime() + 30 * 60_000).toISOString() },
      person,
    });
  }
}
