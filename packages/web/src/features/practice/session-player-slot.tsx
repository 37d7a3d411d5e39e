import { Suspense, lazy, type ComponentType } from 'react';
import { Button } from '../../components/button';
import type { SessionPlayerProps } from '../session/session-player-contract';

// The guided player (features/session) loads on first use only: it carries the session machine,
// the voice and the wake lock, which the practice page itself does not need. A glob import
// rather than a plain import() keeps this file building while that module is still being
// written; without it, the page says so in words instead of failing.

type PlayerModule = { default: ComponentType<SessionPlayerProps> };
const modules = import.meta.glob<PlayerModule>('../session/session-player.tsx');

function PlayerMissing({ onFinished }: SessionPlayerProps) {
  return (
    <div className="practice-narrow stack">
      <p role="alert">
        The guided player is not part of this version of Acupress. Follow your plan at your own pace
        instead, then log how it went.
      </p>
      <p>
        <Button onClick={() => onFinished({ endedAt: new Date().toISOString(), steps: [] })}>
          I have finished: log how it went
        </Button>
      </p>
    </div>
  );
}

const Player = lazy<ComponentType<SessionPlayerProps>>(() => {
  const load = modules['../session/session-player.tsx'];
  return load ? load() : Promise.resolve({ default: PlayerMissing });
});

export function SessionPlayerSlot(props: SessionPlayerProps) {
  return (
    <Suspense
      fallback={
        <p className="page-loading" role="status">
          Loading the guided session…
        </p>
      }
    >
      <Player {...props} />
    </Suspense>
  );
}
