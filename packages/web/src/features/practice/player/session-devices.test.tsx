import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPlayer, wait } from './test-player';
import { VOICE_KEY } from './use-speech';

// Speech, vibration and the screen wake lock, with fakes: jsdom has none of them, and the player
// must work the same without them.

class FakeUtterance {
  constructor(public text: string) {}
}

function fakeSpeech() {
  const synth = { speak: vi.fn<(u: FakeUtterance) => void>(), cancel: vi.fn() };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: FakeUtterance,
    configurable: true,
  });
  return { synth, spoken: () => synth.speak.mock.calls.map(([u]) => u.text) };
}

afterEach(() => {
  for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
    Reflect.deleteProperty(window, name);
  }
  for (const name of ['vibrate', 'wakeLock']) Reflect.deleteProperty(navigator, name);
});

describe('spoken cues', () => {
  it('speak each cue once, and the switch turns them off and is remembered', () => {
    const { spoken } = fakeSpeech();
    const first = renderPlayer();
    expect(spoken()).toEqual([expect.stringMatching(/^Spot 1 of 3: BL23 Shenshu, left side/)]);
    fireEvent.click(screen.getByRole('button', { name: /found it/ }));
    wait(1); // ticks that change nothing say nothing
    expect(spoken()).toHaveLength(2);
    expect(spoken()[1]).toMatch(/^Build the pressure slowly/);

    const voice = screen.getByRole('switch', { name: 'Voice cues' });
    expect(voice.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(voice);
    expect(voice.getAttribute('aria-checked')).toBe('false');
    expect(window.localStorage.getItem(VOICE_KEY)).toBe('off');
    wait(4);
    expect(spoken()).toHaveLength(2);

    first.unmount();
    renderPlayer();
    expect(screen.getByRole('switch', { name: 'Voice cues' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    expect(spoken()).toHaveLength(2);
  });

  it('without the Web Speech API, the switch says it is unavailable and nothing breaks', () => {
    renderPlayer();
    const voice = screen.getByRole('button', { name: /Voice cues: unavailable/ });
    expect((voice as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /found it/ }));
    wait(10);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Hold steady');
  });
});

describe('vibration and wake lock', () => {
  it('vibrate at the cues that carry a pattern', () => {
    const vibrate = vi.fn(() => true);
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    renderPlayer();
    expect(vibrate).not.toHaveBeenCalled(); // finding the spot: no buzz
    fireEvent.click(screen.getByRole('button', { name: /found it/ }));
    expect(vibrate).toHaveBeenCalledTimes(1);
  });

  it('keep the screen on, ask again when the page is shown, and let go at the end', async () => {
    const release = vi.fn(() => Promise.resolve());
    const lock = { release, released: false };
    const request = vi.fn(() => Promise.resolve(lock));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const view = renderPlayer();
    await vi.waitFor(() => expect(request).toHaveBeenCalledWith('screen'));
    // The browser drops the lock while the page is hidden; shown again, the player asks again.
    lock.released = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
    lock.released = false;
    await Promise.resolve();
    view.unmount();
    expect(release).toHaveBeenCalled();
  });

  it('a refused wake lock changes nothing', async () => {
    const request = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    renderPlayer();
    await vi.waitFor(() => expect(request).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: /found it/ }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Build the pressure slowly');
  });
});
