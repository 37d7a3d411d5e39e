import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { POINTS, findPoints } from '@acupress/core';
import { renderAt } from '../../test/render-at';

const results = () => within(screen.getByRole('region', { name: 'Points' })).queryAllByRole('link');

const resultNames = () => results().map((a) => a.textContent ?? '');

describe('Atlas', () => {
  it('lists every point until the person searches, then only the matches', () => {
    renderAt('/atlas');
    expect(results()).toHaveLength(POINTS.length);
    expect(screen.getByRole('status').textContent).toBe(`All ${POINTS.length} points`);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search points' }), {
      target: { value: 'shenshu' },
    });

    expect(resultNames()).toEqual([expect.stringContaining('BL23')]);
    expect(screen.getByRole('status').textContent).toBe(`1 of ${POINTS.length} points match`);
    expect(window.location.search).toBe('?q=shenshu');
    // The body overview shows only the match, both sides, as named links.
    const body = screen.getByRole('group', { name: /Back of the body/ });
    expect(
      within(body)
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['BL23 Shenshu, left side', 'BL23 Shenshu, right side']);
  });

  it('filters by caution, and keeps the filter in the URL across a reload', () => {
    const pregnancy = findPoints({ caution: 'pregnancy' }).map((p) => p.id);
    expect(pregnancy).toContain('LI4');
    expect(pregnancy).not.toContain('BL40');

    renderAt('/atlas');
    fireEvent.change(screen.getByRole('combobox', { name: 'Caution' }), {
      target: { value: 'pregnancy' },
    });
    expect(results()).toHaveLength(pregnancy.length);
    expect(resultNames().some((n) => n.includes('LI4'))).toBe(true);
    expect(resultNames().some((n) => n.includes('BL40'))).toBe(false);
    expect(window.location.search).toBe('?caution=pregnancy');

    renderAt(`/atlas${window.location.search}`);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Caution' }).value).toBe(
      'pregnancy',
    );
    expect(results()).toHaveLength(pregnancy.length);
  });

  it('matches Chinese characters and says so when nothing matches', () => {
    renderAt('/atlas?q=%E8%82%BE%E4%BF%9E'); // 肾俞
    expect(resultNames()).toEqual([expect.stringContaining('BL23')]);

    renderAt('/atlas?q=zzzz');
    expect(screen.getByRole('status').textContent).toBe('No points match');
    expect(results()).toHaveLength(0);
  });
});
