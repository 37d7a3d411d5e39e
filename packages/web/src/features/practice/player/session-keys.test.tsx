import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { phase, renderPlayer, timer, wait } from './test-player';

// The keyboard shortcuts: Space pause/carry on, Enter the phase's main answer, N not yet,
// → skip, ← back; shown on screen; never stealing Space or Enter from a focused button.

const key = (k: string, target: Element = document.body) => fireEvent.keyDown(target, { key: k });

describe('keyboard shortcuts', () => {
  it('are listed on screen, and every control is a real button', () => {
    renderPlayer();
    const help = screen.getByText('Keys:').parentElement!;
    for (const k of ['Space', 'Enter', 'N', '→', '←']) expect(help.textContent).toContain(k);
    for (const name of ['Pause', 'Back', 'Skip', 'Stop…', /found it/]) {
      expect(screen.getByRole('button', { name }).tagName).toBe('BUTTON');
    }
  });

  it('Enter finds the spot and answers yes; N answers not yet', () => {
    renderPlayer();
    key('Enter');
    expect(phase()).toBe('Build the pressure slowly');
    wait(95);
    expect(phase()).toBe('Has the knot loosened?');
    key('n');
    expect(phase()).toBe('Keep holding');
    wait(30);
    key('Enter');
    expect(phase()).toBe('Press a little deeper');
    // Enter means nothing while pressing: no phase change.
    key('Enter');
    expect(phase()).toBe('Press a little deeper');
  });

  it('Space pauses and carries on', () => {
    renderPlayer();
    key('Enter');
    wait(5);
    key(' ');
    expect(phase()).toBe('Paused: hold steady');
    const frozen = timer();
    wait(60);
    expect(timer()).toBe(frozen);
    key(' ');
    expect(phase()).toBe('Hold steady');
  });

  it('→ skips and ← goes back', () => {
    renderPlayer();
    key('ArrowRight');
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    key('ArrowLeft');
    expect(screen.getByText('Spot 1 of 3')).toBeTruthy();
  });

  it('Space and Enter on a focused button are left to the button', () => {
    renderPlayer();
    const skip = screen.getByRole('button', { name: 'Skip' });
    skip.focus();
    key('Enter', skip);
    key(' ', skip);
    expect(phase()).toBe('Find the spot');
    expect(screen.getByText('Spot 1 of 3')).toBeTruthy();
  });

  it('← and → on a focused button or field do nothing: a stray arrow never skips a side', () => {
    renderPlayer();
    key('ArrowRight');
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    const pause = screen.getByRole('button', { name: 'Pause' });
    pause.focus();
    key('ArrowRight', pause);
    key('ArrowLeft', pause);
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    const field = document.body.appendChild(document.createElement('input'));
    key('ArrowLeft', field);
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    field.remove();
    // On the phase heading (where focus goes when its control disappears) they work.
    const heading = screen.getByRole('heading', { level: 2 });
    key('ArrowLeft', heading);
    expect(screen.getByText('Spot 1 of 3')).toBeTruthy();
  });

  it('Escape closes the stop question, focus back on Stop…', () => {
    const { onStopped } = renderPlayer();
    fireEvent.click(screen.getByRole('button', { name: 'Stop…' }));
    const keepGoing = screen.getByRole('button', { name: 'Keep going' });
    expect(document.activeElement).toBe(keepGoing);
    key('Escape', keepGoing);
    expect(screen.queryByRole('group', { name: 'Stop the session?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop…' }));
    expect(onStopped).not.toHaveBeenCalled();
    expect(phase()).toBe('Find the spot');
  });

  it('moves focus to the new phase when the focused control goes away', () => {
    renderPlayer();
    const found = screen.getByRole('button', { name: /found it/ });
    found.focus();
    fireEvent.click(found);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });
});
