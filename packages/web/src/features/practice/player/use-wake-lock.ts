import { useEffect } from 'react';

// The phone lies beside the person for the whole session (JOURNEYS.md): keep the screen on.
// A wake lock is dropped by the browser whenever the page is hidden, so it is asked for again
// when the page is shown; it is released when the player goes. Browsers without the API (and
// jsdom) simply skip this.

interface WakeLockLike {
  release(): Promise<void>;
  released?: boolean;
}

interface WakeLockApi {
  request(type: 'screen'): Promise<WakeLockLike>;
}

function wakeLockApi(): WakeLockApi | undefined {
  if (typeof navigator === 'undefined') return undefined;
  const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
  return typeof api?.request === 'function' ? api : undefined;
}

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const api = wakeLockApi();
    if (!active || !api) return;
    let lock: WakeLockLike | undefined;
    let gone = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      api.request('screen').then(
        (l) => {
          if (gone) void l.release().catch(() => undefined);
          else lock = l;
        },
        () => undefined, // refused (battery saver, no permission): the session still works
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && (!lock || lock.released !== false)) acquire();
    };
    acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      gone = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
