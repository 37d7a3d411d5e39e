import { describe, expect, it, vi } from 'vitest';
import { precacheUrls, serviceWorkerSource } from './service-worker-source';

// The generated worker, run in a small stand-in for a service worker's global scope: listeners,
// Cache Storage as maps, and a fetch that is online or not.

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  request?: { method: string; url: string; mode: string };
  respondWith?: (r: Promise<Response>) => void;
  waitUntil: (p: Promise<unknown>) => void;
}

function workerScope(
  version: string,
  files: string[],
  stores = new Map<string, Map<string, Response>>(),
) {
  const listeners = new Map<string, Listener>();
  let online = true;
  const network = vi.fn((request: string | { url: string }) => {
    const url = typeof request === 'string' ? request : request.url;
    return online
      ? Promise.resolve(new Response(`network ${new URL(url, 'http://localhost').pathname}`))
      : Promise.reject(new TypeError('offline'));
  });
  const path = (r: string | { url: string }) =>
    new URL(typeof r === 'string' ? r : r.url, 'http://localhost').pathname;
  const open = (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return Promise.resolve({
      addAll: async (urls: string[]) => {
        for (const u of urls) store.set(path(u), await network(u));
      },
      match: (r: string | { url: string }) => Promise.resolve(store.get(path(r))?.clone()),
      put: (r: { url: string }, res: Response) => Promise.resolve(void store.set(path(r), res)),
    });
  };
  const caches = {
    open,
    keys: () => Promise.resolve([...stores.keys()]),
    delete: (name: string) => Promise.resolve(stores.delete(name)),
  };
  const self = {
    location: { origin: 'http://localhost' },
    clients: { claim: () => Promise.resolve() },
    addEventListener: (type: string, l: Listener) => listeners.set(type, l),
  };
  // The worker is generated text, as the browser gets it: running that text is the test.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(
    'self',
    'caches',
    'fetch',
    serviceWorkerSource(version, precacheUrls(files)),
  ) as (...args: unknown[]) => void;
  run(self, caches, network);

  const dispatch = async (type: string, request?: FakeEvent['request']) => {
    const waits: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    listeners.get(type)!({
      request,
      waitUntil: (p) => {
        waits.push(p);
      },
      respondWith: (r) => {
        response = r;
      },
    });
    await Promise.all(waits);
    return response ? await response : undefined;
  };
  const get = (p: string, mode = 'no-cors') =>
    dispatch('fetch', { method: 'GET', url: `http://localhost${p}`, mode });
  return { stores, network, dispatch, get, setOnline: (v: boolean) => (online = v) };
}

const FILES = ['index.html', 'assets/index-abc.js', 'manifest.webmanifest', 'favicon.svg'];

describe('service worker', () => {
  it('precaches the page, every asset and the manifest on install', async () => {
    const w = workerScope('v1', FILES);
    await w.dispatch('install');
    expect([...w.stores.get('acupress-v1')!.keys()].sort()).toEqual(
      ['/', '/assets/index-abc.js', '/favicon.svg', '/index.html', '/manifest.webmanifest'].sort(),
    );
  });

  it('deletes the caches of older builds on activate', async () => {
    const stores = new Map([['acupress-old', new Map<string, Response>()]]);
    const w = workerScope('v2', FILES, stores);
    await w.dispatch('install');
    await w.dispatch('activate');
    expect([...stores.keys()]).toEqual(['acupress-v2']);
  });

  it('never answers API requests (health data stays out of Cache Storage)', async () => {
    const w = workerScope('v1', FILES);
    await w.dispatch('install');
    expect(await w.get('/api/people/me/care')).toBeUndefined();
    expect(await w.get('/api')).toBeUndefined();
  });

  it('serves pages from the network, and the cached index.html offline', async () => {
    const w = workerScope('v1', FILES);
    await w.dispatch('install');
    expect(await (await w.get('/practice', 'navigate'))!.text()).toBe('network /practice');
    w.setOnline(false);
    expect(await (await w.get('/practice', 'navigate'))!.text()).toBe('network /index.html');
  });

  it('serves hashed assets from the cache first', async () => {
    const w = workerScope('v1', FILES);
    await w.dispatch('install');
    w.network.mockClear();
    w.setOnline(false);
    expect(await (await w.get('/assets/index-abc.js'))!.text()).toBe(
      'network /assets/index-abc.js',
    );
    expect(w.network).not.toHaveBeenCalled();
  });

  // As the build lists them (packages/web/build): pre-rendered pages at their own URLs, the shell.
  const PRERENDERED = [...FILES, 'shell.html', 'atlas/index.html', 'points/BL23/index.html'];

  it('precaches each pre-rendered page under the URL a person opens, and the shell', async () => {
    expect(precacheUrls(PRERENDERED)).toEqual([
      '/',
      '/assets/index-abc.js',
      '/atlas',
      '/favicon.svg',
      '/index.html',
      '/manifest.webmanifest',
      '/points/BL23',
      '/shell.html',
    ]);
    const w = workerScope('v1', PRERENDERED);
    await w.dispatch('install');
    expect(w.stores.get('acupress-v1')!.has('/points/BL23')).toBe(true);
  });

  it('offline, opens a pre-rendered page from its own copy, and any other page in the shell', async () => {
    const w = workerScope('v1', PRERENDERED);
    await w.dispatch('install');
    w.setOnline(false);
    expect(await (await w.get('/points/BL23', 'navigate'))!.text()).toBe('network /points/BL23');
    expect(await (await w.get('/atlas', 'navigate'))!.text()).toBe('network /atlas');
    expect(await (await w.get('/', 'navigate'))!.text()).toBe('network /');
    expect(await (await w.get('/practice/session', 'navigate'))!.text()).toBe(
      'network /shell.html',
    );
  });
});
