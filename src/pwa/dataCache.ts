import { checkFile, type DataManifest } from '../core/data/manifest';

/**
 * The service worker's dataset cache (sw.ts), kept apart from the worker globals so that it can
 * be tested in Node. A packed data file is cached only when its bytes match the sha256 that
 * data/manifest.json lists for it, under a key that carries that digest: a corrupt download is
 * passed on (the loader reports it) but never kept, so a retry fetches it again, and a new
 * manifest misses every entry stored for the old one, which are then deleted.
 */

/** The part of the Cache API this needs (a real `Cache` in the service worker). */
export type DataCache = Pick<Cache, 'match' | 'put' | 'keys' | 'delete'>;

/** The file's path below the data root ("mnist/train-images.idx.gz.bin"), or null. */
export function dataPath(url: string, dataRoot: string): string | null {
  if (!url.startsWith(dataRoot)) return null;
  const path = new URL(url).pathname.slice(new URL(dataRoot).pathname.length);
  return path.length > 0 ? decodeURIComponent(path) : null;
}

/** Where a file with a given digest is kept: its own address plus the digest. */
export const cacheKey = (url: string, sha256: string): string => {
  const key = new URL(url);
  key.search = `sha256=${sha256}`;
  return key.href;
};

/**
 * Answers a request for a data file: from the cache when an entry for the manifest's digest is
 * there, otherwise from the network, keeping the response only if its bytes match the manifest.
 * Files the manifest does not list, and failed requests, pass through untouched.
 */
export async function fetchVerified(
  url: string,
  path: string,
  manifest: DataManifest | null,
  cache: DataCache,
  fetchFile: (url: string) => Promise<Response>,
): Promise<Response> {
  const expected =
    manifest && Object.hasOwn(manifest.files, path) ? manifest.files[path] : undefined;
  if (!expected) return fetchFile(url);
  const key = cacheKey(url, expected.sha256);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetchFile(url);
  if (response.status !== 200) return response;
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  const verified = await checkFile(path, bytes, manifest!).then(
    () => true,
    () => false,
  );
  if (verified) await cache.put(key, response.clone());
  return response;
}

/**
 * Deletes every cached file whose digest the manifest no longer lists (a dataset update), so
 * returning visitors neither keep nor serve the old bytes. Returns how many were deleted.
 */
export async function dropStale(
  manifest: DataManifest,
  cache: DataCache,
  dataRoot: string,
): Promise<number> {
  let dropped = 0;
  for (const request of await cache.keys()) {
    const key = new URL(request.url);
    const digest = key.searchParams.get('sha256');
    key.search = '';
    const path = dataPath(key.href, dataRoot);
    const listed = path !== null && Object.hasOwn(manifest.files, path);
    if (!listed || manifest.files[path].sha256 !== digest) {
      await cache.delete(request);
      dropped += 1;
    }
  }
  return dropped;
}
