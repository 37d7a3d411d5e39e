import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLIENT, OWNER, renderWithApi, sessionRoute } from '../../test/api-stub';

const entry = (id: number, action: string) => ({
  id,
  at: `2030-01-0${id}T10:00:00.000Z`,
  actorUserId: OWNER.id,
  clinicId: 'c-1',
  action,
  resourceType: 'check-in',
  resourceId: 'ci-1',
  personId: CLIENT.id,
  ip: `10.0.0.${id}`,
  userAgent: 'test',
  outcome: id === 1 ? 'denied' : 'allowed',
});

describe('Audit log', () => {
  it('lists who did what to whose record, pages to older entries, and offers the exports', async () => {
    const { calls } = await renderWithApi('/clinic/audit', {
      ...sessionRoute(OWNER),
      'GET /api/users': { body: { users: [OWNER, CLIENT] } },
      'GET /api/audit?limit=50': {
        body: { entries: [entry(3, 'check-in.read'), entry(2, 'check-in.create')], nextBefore: 2 },
      },
      'GET /api/audit?limit=50&before=2': {
        body: { entries: [entry(1, 'session.login')], nextBefore: null },
      },
    });
    const table = await screen.findByRole('table');
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(3);
    await within(table).findAllByText('Mara Quinn (you)');
    expect(rows[1]!.textContent).toContain('Read a check-in');
    expect(rows[1]!.textContent).toContain('Sam Lee');
    expect(rows[1]!.textContent).toContain('10.0.0.3');

    fireEvent.click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(await screen.findByText('1 older entry loaded.')).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load older entries' })).toBeNull();
    expect(calls.map((c) => c.path)).toContain('/api/audit?limit=50&before=2');

    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/api/audit/export?format=csv',
    );
    expect(screen.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toBe(
      '/api/audit/export?format=json',
    );
  });
});
