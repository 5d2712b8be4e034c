import type { ReadDataFile } from './types';

/**
 * A ReadDataFile that fetches files below `baseUrl` (which should end in "/"), for the browser
 * and workers. An HTTP error is thrown, so the loader reports the file as missing.
 */
export function fetchDataFile(baseUrl: string | URL, fetchImpl: typeof fetch = fetch): ReadDataFile {
  return async (relativePath) => {
    const url = new URL(relativePath, baseUrl).href;
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
