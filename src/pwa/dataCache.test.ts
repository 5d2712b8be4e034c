import { describe, expect, it } from 'vitest';
import { sha256Hex, type DataManifest } from '../core/data/manifest';
import { cacheKey, dataPath, dropStale, fetchVerified, type DataCache } from './dataCache';

const root = 'https://lab.test/app/data/';
const path = 'mnist/train-labels.idx.gz.bin';
const url = `${root}${path}`;
const good = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const corrupt = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 9]);
const updated = new Uint8Array([8, 7, 6, 5, 4, 3, 2, 1]);

const manifestFor = async (bytes: Uint8Array): Promise<DataManifest> => ({
  version: 1,
  files: { [path]: { bytes: bytes.length, sha256: await sha256Hex(bytes) } },
  datasets: { mnist: { train: 1, test: 1 } },
});

/** Node has no CacheStorage: the same four calls over a Map, keyed by address. */
function memoryCache(): DataCache & { entries: Map<string, Response> } {
  const entries = new Map<string, Response>();
  return {
    entries,
    match: (key: RequestInfo | URL) => Promise.resolve(entries.get(String(key))?.clone()),
    put: (key: RequestInfo | URL, response: Response) => {
      entries.set(String(key), response);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...entries.keys()].map((k) => new Request(k))),
    delete: (key: RequestInfo | URL) =>
      Promise.resolve(entries.delete(key instanceof Request ? key.url : String(key))),
  } as DataCache & { entries: Map<string, Response> };
}

/** A server that answers each request with the next body in line. */
function server(...bodies: Uint8Array[]) {
  const served: string[] = [];
  const fetchFile = (u: string) => {
    served.push(u);
    const body = bodies[Math.min(served.length - 1, bodies.length - 1)];
    return Promise.resolve(new Response(body.slice(), { status: 200 }));
  };
  return { served, fetchFile };
}

const bytesOf = async (r: Response) => new Uint8Array(await r.arrayBuffer());

describe('the service worker keeps only verified dataset files', () => {
  it('maps addresses below the data root to manifest paths', () => {
    expect(dataPath(url, root)).toBe(path);
    expect(dataPath('https://lab.test/app/index.html', root)).toBeNull();
    expect(cacheKey(url, 'ab')).toBe(`${url}?sha256=ab`);
  });

  it('a corrupt download is passed on but not kept; the retry fetches again and keeps the good bytes', async () => {
    const manifest = await manifestFor(good);
    const cache = memoryCache();
    const { served, fetchFile } = server(corrupt, good);

    const first = await fetchVerified(url, path, manifest, cache, fetchFile);
    expect(await bytesOf(first)).toEqual(corrupt);
    expect(cache.entries.size).toBe(0);

    const retry = await fetchVerified(url, path, manifest, cache, fetchFile);
    expect(await bytesOf(retry)).toEqual(good);
    expect([...cache.entries.keys()]).toEqual([cacheKey(url, manifest.files[path].sha256)]);

    // Served from the cache from now on: the network is not asked a third time.
    const third = await fetchVerified(url, path, manifest, cache, fetchFile);
    expect(await bytesOf(third)).toEqual(good);
    expect(served).toHaveLength(2);
  });

  it('a manifest change misses the old entry, fetches the new file and drops the old one', async () => {
    const cache = memoryCache();
    const before = await manifestFor(good);
    const { served, fetchFile } = server(good, updated);
    await fetchVerified(url, path, before, cache, fetchFile);

    const after = await manifestFor(updated);
    expect(await dropStale(after, cache, root)).toBe(1);
    expect(cache.entries.size).toBe(0);
    const fresh = await fetchVerified(url, path, after, cache, fetchFile);
    expect(await bytesOf(fresh)).toEqual(updated);
    expect(served).toHaveLength(2);
    expect([...cache.entries.keys()]).toEqual([cacheKey(url, after.files[path].sha256)]);
    expect(await dropStale(after, cache, root)).toBe(0);
  });

  it('files the manifest does not list, and HTTP errors, pass through and are never kept', async () => {
    const manifest = await manifestFor(good);
    const cache = memoryCache();
    const other = `${root}mnist/other.bin`;
    await fetchVerified(other, 'mnist/other.bin', manifest, cache, server(good).fetchFile);
    await fetchVerified(url, path, null, cache, server(good).fetchFile);
    const missing = await fetchVerified(url, path, manifest, cache, () =>
      Promise.resolve(new Response('gone', { status: 404 })),
    );
    expect(missing.status).toBe(404);
    expect(cache.entries.size).toBe(0);
  });
});
