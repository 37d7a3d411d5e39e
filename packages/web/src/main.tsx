import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/base.css';
import { ensureAuthSession } from './api';
import { App } from './app';
import { registerServiceWorker } from './offline/register-service-worker';
import { startSync } from './offline/sync';
import { setRenderedPath } from './router';

const root = document.getElementById('root');
// Who is signed in: asked once, never waited for (the atlas and check-in work without it).
void ensureAuthSession();
// Sessions logged offline are sent once the session is known, and whenever the network returns.
startSync();
registerServiceWorker();

if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A page rendered to HTML at build (prerender/) for this very path is hydrated: what is on
  // screen stays. Anything else (the shell of the other URLs, or a page the service worker
  // served for another path while offline) is rendered afresh. Either way as a transition:
  // React works in slices of a few milliseconds and lets the phone answer a tap in between,
  // instead of one long task (Lighthouse's total blocking time).
  const renderedFor = root.dataset.prerendered;
  startTransition(() => {
    if (renderedFor !== undefined && renderedFor === window.location.pathname) {
      setRenderedPath(renderedFor);
      hydrateRoot(root, app);
    } else {
      createRoot(root).render(app);
    }
  });
}
