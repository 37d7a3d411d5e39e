import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/base.css';
import { ensureSession } from './api';
import { App } from './app';
import { registerServiceWorker } from './offline/register-service-worker';
import { startSync } from './offline/sync';
import { setRenderedPath } from './router';

const root = document.getElementById('root');
// Who is signed in: asked once, never waited for (the atlas and check-in work without it).
void ensureSession();
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
  // served for another path while offline) is rendered afresh.
  const renderedFor = root.dataset.prerendered;
  if (renderedFor !== undefined && renderedFor === window.location.pathname) {
    setRenderedPath(renderedFor);
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}
