import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import type { Speech } from './use-speech';
import { SESSION_KEYS, type SessionKeyAction } from './use-session-keys';

const KEY_HELP: Record<SessionKeyAction, string> = {
  pause: 'pause or carry on',
  primary: 'I’ve found it / yes',
  'not-yet': 'not yet',
  skip: 'skip',
  back: 'back',
};

export interface SessionControlsProps {
  paused: boolean;
  canGoBack: boolean;
  speech: Speech;
  onPause: () => void;
  onBack: () => void;
  onSkip: () => void;
  onStop: () => void;
}

/**
 * Pause, back, skip, stop (asked twice: a stray tap must not end the session; Escape takes the
 * question back), the voice switch.
 */
export function SessionControls(props: SessionControlsProps) {
  const { paused, canGoBack, speech } = props;
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const keepGoing = useRef<HTMLButtonElement>(null);
  const stop = useRef<HTMLButtonElement>(null);
  // Focus follows the question: onto "Keep going" (the safe answer) when it opens, back onto
  // "Stop…" when it closes. Nothing moves on first render (null).
  useEffect(() => {
    if (confirming === true) keepGoing.current?.focus();
    else if (confirming === false) stop.current?.focus();
  }, [confirming]);
  // Escape closes the question (as "Keep going"), focus back on "Stop…".
  useEffect(() => {
    if (!confirming) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      setConfirming(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [confirming]);
  return (
    <div className="session-controls">
      <div className="session-controls__row">
        <Button variant="secondary" onClick={props.onPause} aria-keyshortcuts="Space">
          {paused ? 'Carry on' : 'Pause'}
        </Button>
        <Button
          variant="secondary"
          onClick={props.onBack}
          disabled={!canGoBack}
          aria-keyshortcuts="ArrowLeft"
        >
          Back
        </Button>
        <Button variant="secondary" onClick={props.onSkip} aria-keyshortcuts="ArrowRight">
          Skip
        </Button>
        {confirming ? null : (
          <Button variant="quiet" ref={stop} onClick={() => setConfirming(true)}>
            Stop…
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="session-controls__confirm" role="group" aria-label="Stop the session?">
          <p>Stop the session? What you have done so far is kept.</p>
          <Button variant="primary" onClick={props.onStop}>
            Stop the session
          </Button>
          <Button variant="secondary" ref={keepGoing} onClick={() => setConfirming(false)}>
            Keep going
          </Button>
        </div>
      ) : null}
      <div className="session-controls__row">
        {speech.available ? (
          <Button
            variant="quiet"
            role="switch"
            aria-checked={speech.on}
            onClick={() => speech.setOn(!speech.on)}
          >
            Voice cues<span aria-hidden="true">{speech.on ? ': on' : ': off'}</span>
          </Button>
        ) : (
          <Button variant="quiet" disabled>
            Voice cues: unavailable in this browser
          </Button>
        )}
      </div>
      <p className="session-keys">
        <span className="session-keys__title">Keys:</span>{' '}
        {SESSION_KEYS.map((k) => (
          <span key={k.key} className="session-keys__item">
            <kbd>{k.label}</kbd> {KEY_HELP[k.action]}
          </span>
        ))}
      </p>
    </div>
  );
}
