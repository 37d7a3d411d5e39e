import { useEffect, useId, useRef } from 'react';
import { currentItem, stepLogs, type SessionState } from '@acupress/core';
import { Button } from '../../../components/button';
import type { FinishedRun, SessionPlayerProps } from './session-player-contract';
import { phaseTitle, sideText } from './phase-text';
import { SessionControls } from './session-controls';
import { SessionLocate } from './session-locate';
import { SessionTimer } from './session-timer';
import { TendernessChoice } from './tenderness-choice';
import { useCueOutput } from './use-cue-output';
import { useSession, type PlayerEvent } from './use-session';
import { useSessionKeys, type SessionKeyAction } from './use-session-keys';
import { useSpeech } from './use-speech';
import { useWakeLock } from './use-wake-lock';
import './session-player.css';

// The guided session on screen. The core session machine decides everything; this component
// renders its state, sends it the person's taps and keys, speaks its cues and keeps the screen on.

function runOf(state: SessionState): FinishedRun {
  return { endedAt: new Date(state.at).toISOString(), steps: stepLogs(state) };
}

/** Which side the tenderness question is about now, if any: this one once pressed a while, or
 * the one just finished while finding the next. */
function tendernessTarget(state: SessionState): number | undefined {
  const { phase, index, records } = state;
  if (phase === 'check' || phase === 'deepen' || phase === 'release') return index;
  if (phase === 'hold' && state.holdingMore) return index;
  if (phase === 'locate' && index > 0 && (records[index - 1]?.heldMs ?? 0) > 0) return index - 1;
  return undefined;
}

function sideName(state: SessionState, i: number): string {
  const item = state.items[i]!;
  return `${item.label}, ${sideText(item.side).toLowerCase()}`;
}

export function SessionPlayer(props: SessionPlayerProps) {
  const { plan } = props;
  const { state, send } = useSession(plan, props.initialState);
  const speech = useSpeech();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const done = state.phase === 'done';
  useWakeLock(!done);
  useCueOutput(state.cue, speech);

  // The state, for the page to keep: at each change that matters (not the ticks, which only move
  // the clock), and when the page is hidden (a tab the system may discard), with the time so far.
  const latest = useRef(state);
  const report = useRef<((s: SessionState) => void) | undefined>(undefined);
  useEffect(() => {
    latest.current = state;
    report.current = props.onStateChange;
  });
  const tenderness = state.records.map((r) => r.tenderness ?? '').join(',');
  const changeKey = `${state.cue.seq}:${state.paused}:${tenderness}`;
  useEffect(() => {
    report.current?.(latest.current);
  }, [changeKey]);
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') report.current?.(latest.current);
    };
    const onPageHide = () => report.current?.(latest.current);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);

  // Report once, when the machine says it is over.
  const reported = useRef(false);
  useEffect(() => {
    if (!done || reported.current) return;
    reported.current = true;
    const run = runOf(state);
    if (state.stopped) props.onStopped(run);
    else props.onFinished(run);
  }, [done, state, props]);

  // A control that disappears with its phase (I've found it, Yes) would drop focus to the page:
  // put it on the new phase's heading, so keys keep working and a screen reader hears where it is.
  const phaseKey = `${state.index}:${state.phase}:${state.holdingMore}`;
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [phaseKey]);

  const act = (event: PlayerEvent) => send(event);
  const onKey = (action: SessionKeyAction) => {
    if (action === 'pause') act({ type: state.paused ? 'resume' : 'pause' });
    else if (action === 'skip') act({ type: 'skip' });
    else if (action === 'back') act({ type: 'back' });
    else if (action === 'primary' && state.phase === 'locate') act({ type: 'located' });
    else if (action === 'primary' && state.phase === 'check')
      act({ type: 'answer', loosened: true });
    else if (action === 'not-yet' && state.phase === 'check')
      act({ type: 'answer', loosened: false });
  };
  useSessionKeys(done ? () => undefined : onKey);

  const item = currentItem(state);
  const step = item ? plan.steps[item.stepIndex] : undefined;
  const rateIndex = tendernessTarget(state);
  const rating =
    rateIndex === undefined ? null : (
      <TendernessChoice
        key={rateIndex}
        what={rateIndex === state.index ? 'this spot' : sideName(state, rateIndex)}
        value={state.records[rateIndex]?.tenderness}
        onChoose={(value) => act({ type: 'tenderness', value, item: rateIndex })}
      />
    );

  return (
    <section className="session-player" aria-labelledby={headingId}>
      <div className="session-player__status">
        {item ? (
          <>
            <p className="session-player__progress">
              Spot {state.index + 1} of {state.items.length}
            </p>
            <progress
              className="session-player__bar"
              max={state.items.length}
              value={state.index}
              aria-label="Spots done"
            />
            <p className="session-player__point">{item.label}</p>
            <p className="session-player__side">{sideText(item.side)}</p>
            <p className="session-player__pressure">
              Pressure: about {item.pressureTarget} out of 10
            </p>
          </>
        ) : null}
      </div>

      <h2 id={headingId} className="session-player__phase" tabIndex={-1} ref={headingRef}>
        {state.paused ? `Paused: ${phaseTitle(state).toLowerCase()}` : phaseTitle(state)}
      </h2>
      {/* Spoken-cue text for screen readers: it changes only at a change of phase. */}
      <p className="visually-hidden" aria-live="polite">
        {state.cue.text}
      </p>

      {item && step && state.phase === 'locate' ? (
        <>
          <Button
            block
            className="session-player__primary"
            onClick={() => act({ type: 'located' })}
            aria-keyshortcuts="Enter"
            disabled={state.paused}
          >
            I’ve found it
          </Button>
          {rating}
          <SessionLocate step={step} item={item} />
        </>
      ) : null}

      {state.phase === 'check' ? (
        <div className="session-player__answers">
          <Button
            className="session-player__primary"
            onClick={() => act({ type: 'answer', loosened: true })}
            aria-keyshortcuts="Enter"
            disabled={state.paused}
          >
            Yes, it has loosened
          </Button>
          <Button
            variant="secondary"
            className="session-player__primary"
            onClick={() => act({ type: 'answer', loosened: false })}
            aria-keyshortcuts="N"
            disabled={state.paused}
          >
            Not yet
          </Button>
        </div>
      ) : null}

      <SessionTimer state={state} />

      {state.phase === 'locate' ? null : rating}

      {done ? null : (
        <SessionControls
          paused={state.paused}
          canGoBack={state.index > 0 || state.phase !== 'locate'}
          speech={speech}
          onPause={() => act({ type: state.paused ? 'resume' : 'pause' })}
          onBack={() => act({ type: 'back' })}
          onSkip={() => act({ type: 'skip' })}
          onStop={() => act({ type: 'stop' })}
        />
      )}
    </section>
  );
}

export default SessionPlayer;
