/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { parseManifest, type DataManifest } from '../core/data/manifest';
import { dataPath, dropStale, fetchVerified } from './dataCache';

/**
 * The offline service worker (built by vite-plugin-pwa's injectManifest, see vite.config.ts).
 * It precaches the app shell, keeps the Korean font's slices as they are used, and keeps each
 * dataset file once it has been fetched and its sha256 matches data/manifest.json (dataCache.ts);
 * a CacheFirst rule used to keep a corrupt download forever. Cached responses keep the COOP/COEP
 * headers the server sent, so an offline reload stays cross-origin isolated (wasm threads).
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string }> };

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

registerRoute(
  ({ url }) => /\/noto-sans-kr-[^/]+\.woff2?$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'lab-fonts',
    plugins: [new CacheableResponsePlugin({ statuses: [200] })],
  }),
);

const dataRoot = new URL('data/', self.registration.scope).href;
const manifestUrl = `${dataRoot}manifest.json`;
const manifestStrategy = new NetworkFirst({
  cacheName: 'lab-data-manifest',
  networkTimeoutSeconds: 3,
});
registerRoute(({ url }) => url.href === manifestUrl, manifestStrategy);

/** The manifest as the network (or, offline, the last copy) says it; null if unreadable. */
async function currentManifest(event: ExtendableEvent): Promise<DataManifest | null> {
  try {
    const response = await manifestStrategy.handle({ event, request: new Request(manifestUrl) });
    return parseManifest(new Uint8Array(await response.arrayBuffer()));
  } catch {
    return null;
  }
}

registerRoute(
  ({ url }) => url.href.startsWith(dataRoot) && url.pathname.endsWith('.bin'),
  async ({ request, event }) => {
    const path = dataPath(request.url, dataRoot);
    const manifest = await currentManifest(event as ExtendableEvent);
    const cache = await caches.open('lab-data');
    if (manifest) await dropStale(manifest, cache, dataRoot);
    return fetchVerified(request.url, path ?? '', manifest, cache, (url) => fetch(url));
  },
);
