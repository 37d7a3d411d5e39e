import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OTHER_SIDE_CUE, type Plan } from '@acupress/core';
import { MEASUREMENTS_KEY } from '../../../lib/measurements-store';
import { START, phase, renderPlayer, timer, wait } from './test-player';
import { TWO_POINT_PLAN } from './test-session-plan';

// The player walked through by taps on a fake clock: two points (BL23 both sides, GV3).

const tap = (name: RegExp | string) => fireEvent.click(screen.getByRole('button', { name }));

describe('the session player', () => {
  it('shows the spot to find, its side, the pressure and the progress', () => {
    renderPlayer();
    expect(phase()).toBe('Find the spot');
    expect(screen.getByText('Spot 1 of 3')).toBeTruthy();
    expect(screen.getByText('BL23 Shenshu')).toBeTruthy();
    expect(screen.getByText('Left side')).toBeTruthy();
    expect(screen.getByText('Pressure: about 5 out of 10')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Close-up: BL23 Shenshu, left side/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'How to find it' })).toBeTruthy();
    // No countdown while finding the spot: it takes as long as it takes.
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('never says to press the other side of a step kept to one side (the other rests)', () => {
    // BL23 with its right side resting after a bruise: only the left is pressed.
    const withCue = (sides: Plan['steps'][number]['sides']): Plan => ({
      ...TWO_POINT_PLAN,
      steps: TWO_POINT_PLAN.steps.map((s, i) =>
        i === 0 ? { ...s, sides, cues: [...s.cues, OTHER_SIDE_CUE] } : s,
      ),
    });
    const both = renderPlayer(withCue(['left', 'right']));
    expect(screen.getByText(OTHER_SIDE_CUE)).toBeTruthy();
    both.unmount();
    renderPlayer(withCue(['left']));
    expect(screen.getByText('Spot 1 of 2')).toBeTruthy();
    expect(screen.queryByText(OTHER_SIDE_CUE)).toBeNull();
    expect(screen.queryByText(/other side/i)).toBeNull();
  });

  it('gives distances in the person’s own centimetres once measured', () => {
    window.localStorage.setItem(
      MEASUREMENTS_KEY,
      JSON.stringify({ 'scapulae-medial-borders': 18 }),
    );
    renderPlayer();
    // 1.5 cun of a 6-cun segment measured at 18 cm.
    expect(screen.getByText('About 4.5 cm')).toBeTruthy();
    expect(screen.queryByText(/Finger measures are rough/)).toBeNull();
  });

  it('without measurements, gives finger measures and says they are rough', () => {
    renderPlayer();
    expect(screen.getByText(/about one and a half thumb widths/)).toBeTruthy();
    expect(screen.getByText(/Finger measures are rough/)).toBeTruthy();
  });

  it('walks a two-point plan to onFinished with the expected log', () => {
    const { onFinished, onStopped } = renderPlayer();
    // BL23 left: found, 5 s build, 90 s hold, "yes" at once, 90 s deeper, 5 s release.
    tap(/found it/);
    expect(phase()).toBe('Build the pressure slowly');
    expect(timer()).toBe('0:05');
    wait(5);
    expect(phase()).toBe('Hold steady');
    expect(timer()).toBe('1:30');
    wait(30);
    expect(timer()).toBe('1:00');
    wait(60);
    expect(phase()).toBe('Has the knot loosened?');
    tap('Yes, it has loosened');
    expect(phase()).toBe('Press a little deeper');
    fireEvent.click(
      within(screen.getByRole('group', { name: /How tender was this spot/ })).getByRole('button', {
        name: 'Moderate',
      }),
    );
    wait(90);
    expect(phase()).toBe('Release slowly');
    wait(5);

    // BL23 right: three "not yet"s, then the hold time is used up.
    expect(phase()).toBe('Find the spot');
    expect(screen.getByText('Right side')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Moderate' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    tap(/found it/);
    wait(95);
    for (let i = 0; i < 3; i++) {
      expect(phase()).toBe('Has the knot loosened?');
      tap('Not yet');
      expect(phase()).toBe('Keep holding');
      wait(30);
    }
    expect(phase()).toBe('Release slowly');
    wait(5);

    // GV3: the check goes unanswered for 15 s ("not yet"), then "yes" at the next check.
    expect(screen.getByText('On the midline')).toBeTruthy();
    tap(/found it/);
    wait(95 + 15);
    expect(phase()).toBe('Keep holding');
    wait(30);
    tap('Yes, it has loosened');
    wait(60 + 5);
    expect(onStopped).not.toHaveBeenCalled();
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(onFinished.mock.calls[0]![0]).toEqual({
      // 190 s a BL23 side (5 build, 180 steady, 5 release); GV3 205 s (15 s unanswered).
      endedAt: new Date(START + (190 + 190 + 205) * 1000).toISOString(),
      steps: [
        {
          stepId: 'BL23',
          side: 'left',
          heldSeconds: 180,
          released: true,
          tenderness: 2,
          skipped: false,
        },
        { stepId: 'BL23', side: 'right', heldSeconds: 180, released: false, skipped: false },
        { stepId: 'GV3', side: 'midline', heldSeconds: 195, released: true, skipped: false },
      ],
    });
    expect(phase()).toBe('Session finished');
  });

  it('stops only when asked twice, and hands back what was done', () => {
    const { onStopped, onFinished } = renderPlayer();
    tap(/found it/);
    wait(45);
    tap('Stop…');
    expect(onStopped).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep going' }));
    tap('Keep going');
    expect(phase()).toBe('Hold steady');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop…' }));
    tap('Stop…');
    tap('Stop the session');
    expect(onFinished).not.toHaveBeenCalled();
    expect(onStopped.mock.calls[0]![0].steps).toEqual([
      { stepId: 'BL23', side: 'left', heldSeconds: 40, released: null, skipped: true },
      { stepId: 'BL23', side: 'right', heldSeconds: 0, released: null, skipped: true },
      { stepId: 'GV3', side: 'midline', heldSeconds: 0, released: null, skipped: true },
    ]);
    expect(phase()).toBe('Session stopped');
  });

  it('pause freezes the countdown and is not counted', () => {
    const { onStopped } = renderPlayer();
    tap(/found it/);
    wait(15);
    tap('Pause');
    expect(phase()).toBe('Paused: hold steady');
    const frozen = timer();
    wait(120);
    expect(timer()).toBe(frozen);
    tap('Carry on');
    expect(phase()).toBe('Hold steady');
    wait(10);
    tap('Stop…');
    tap('Stop the session');
    expect(onStopped.mock.calls[0]![0].steps[0]!.heldSeconds).toBe(20);
  });

  it('skip and back move between sides', () => {
    renderPlayer();
    tap('Skip');
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    tap('Skip');
    expect(screen.getByText('Spot 3 of 3')).toBeTruthy();
    tap('Back');
    expect(screen.getByText('Spot 2 of 3')).toBeTruthy();
    expect(phase()).toBe('Find the spot');
  });
});
