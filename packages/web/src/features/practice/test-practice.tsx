import { fireEvent, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import {
  CLIENT,
  renderWithApi,
  sessionRoute,
  type StubRequest,
  type StubRoute,
} from '../../test/api-stub';
import { CARE, careBody } from './test-care';

// What the practice pages' tests share: the page opened for a signed-in client with a care
// answer, PUTs accepted and recorded, and the two ways the forms are answered.

/** Accepts PUTs (recording them) on top of the stub's routes. */
export function acceptPuts(calls: StubRequest[]) {
  const inner = fetch;
  return (input: string, init: RequestInit = {}) => {
    if (init.method === 'PUT') {
      calls.push({
        method: 'PUT',
        path: input,
        headers: {},
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      });
      return Promise.resolve(new Response('{}', { status: 201 }));
    }
    return inner(input, init);
  };
}

/** Opens a practice page as the client, with this care answer; PUTs are accepted. */
export async function openPractice(path: string, care: StubRoute = { body: careBody(CARE) }) {
  const { calls } = await renderWithApi(path, {
    ...sessionRoute(CLIENT),
    'GET /api/people/me/care': care,
  });
  vi.stubGlobal('fetch', acceptPuts(calls));
  return calls;
}

export const click = (name: string | RegExp) =>
  fireEvent.click(screen.getByRole('button', { name }));
export const radio = (group: string | RegExp, name: string) =>
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByLabelText(name));
