import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render-at';
import { MEASUREMENTS_KEY } from '../../lib/measurements-store';

const field = () =>
  screen.getByRole<HTMLInputElement>('textbox', {
    name: 'Between the inner borders of the shoulder blades',
  });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save measurements' }));

describe('Your measurements', () => {
  it('refuses an impossible value with an error on that field, and saves nothing', () => {
    renderAt('/measurements');
    fireEvent.change(field(), { target: { value: '500' } });
    save();

    const input = field();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(`${input.id}-error`);
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
    expect(error?.textContent).toContain('from 3 to 80');
    expect(document.activeElement).toBe(input);
    expect(window.localStorage.getItem(MEASUREMENTS_KEY)).toBeNull();
  });

  it('saves a valid value on the device and shows what a cun is for this person', () => {
    renderAt('/measurements');
    fireEvent.change(field(), { target: { value: '18,6' } });
    expect(screen.getByText(/1 cun ≈ 3\.1 cm for you/)).toBeTruthy();
    save();

    expect(JSON.parse(window.localStorage.getItem(MEASUREMENTS_KEY) ?? '{}')).toEqual({
      'scapulae-medial-borders': 18.6,
    });
    expect(screen.getByRole('status').textContent).toContain('Saved 1 measurement');

    renderAt('/measurements'); // a reload shows what was saved
    expect(field().value).toBe('18.6');
  });
});
