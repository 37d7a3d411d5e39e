// The service worker makes the app open with no network (the shell and its assets, never API
// answers). Only in a production build: in development it would serve stale modules. After
// `load`, so registering never competes with the first page for the network.

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it the app still works online; nothing to tell the person.
    });
  });
}
