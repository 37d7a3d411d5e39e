import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPoint } from '@acupress/core';
import { renderAt } from '../../test/render-at';
import { MEASUREMENTS_KEY } from '../../lib/measurements-store';

const bl23 = getPoint('BL23')!;

describe('Point page', () => {
  it('shows how to find the point, its cautions and its distance in cun', () => {
    renderAt('/points/BL23');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('BL23 · Shenshu 肾俞');
    expect(document.title).toBe('BL23 Shenshu · Acupress');

    const steps = within(screen.getByRole('region', { name: 'How to find it' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((li) => li.textContent)).toEqual(bl23.instructions);

    const cautions = screen.getByRole('region', { name: 'Cautions' });
    expect(cautions.textContent).toContain(bl23.cautions[0]!.note);

    const distances = screen.getByRole('region', { name: 'Distances' });
    expect(distances.textContent).toContain('1.5 cun');
    expect(distances.textContent).not.toContain('cm for you');
    expect(within(distances).getByRole('link', { name: 'Measure yourself once' })).toBeTruthy();

    const diagram = screen.getByRole('img', { name: /close-up: BL23 Shenshu/ });
    expect(diagram.querySelectorAll('.marker--highlight')).toHaveLength(2);
  });

  it('shows distances in the person’s own centimetres once they are saved', () => {
    window.localStorage.setItem(
      MEASUREMENTS_KEY,
      JSON.stringify({ 'scapulae-medial-borders': 18 }),
    );
    renderAt('/points/BL23');
    // 1.5 cun of a 6-cun segment measured at 18 cm.
    expect(screen.getByRole('region', { name: 'Distances' }).textContent).toContain(
      '≈ 4.5 cm for you',
    );
  });

  it('ignores corrupt saved measurements', () => {
    window.localStorage.setItem(MEASUREMENTS_KEY, '{not json');
    renderAt('/points/BL23');
    expect(screen.getByRole('region', { name: 'Distances' }).textContent).toContain('1.5 cun');
  });

  it('labels cautions the sources do not establish as unverified', () => {
    renderAt('/points/GB30');
    expect(screen.getByRole('region', { name: 'Cautions' }).textContent).toContain('unverified');
  });

  it('answers an unknown point with a way back to the atlas', () => {
    renderAt('/points/XX99');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'We could not find that point',
    );
    expect(screen.getByRole('link', { name: 'Go to the atlas' }).getAttribute('href')).toBe(
      '/atlas',
    );
  });
});
