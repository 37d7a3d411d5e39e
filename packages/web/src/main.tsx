import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/base.css';
import { ensureAuthSession } from './api';
import { App } from './app';
import { registerServiceWorker } from './offline/register-service-worker';
import { startSync } from './offline/sync';

const root = document.getElementById('root');
// Who is signed in: asked once, never waited for (the atlas and check-in work without it).
void ensureAuthSession();
// Sessions logged offline are sent once the session is known, and whenever the network returns.
startSync();
registerServiceWorker();

if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
