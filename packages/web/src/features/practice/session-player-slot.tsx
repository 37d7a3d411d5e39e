import { Suspense, lazy } from 'react';
import type { SessionPlayerProps } from './player/session-player-contract';

// The guided player (./player) loads on first use only: it carries the session machine,
// the voice and the wake lock, which the practice page itself does not need.
const Player = lazy(() => import('./player/session-player'));

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
