import { unzipSync } from 'fflate';
import type { ImportFile } from './importFiles';
import type { ImportProblem } from './problems';

/**
 * What a zip may hold once inflated. The header's declared sizes are checked against it before
 * anything is inflated (a zip bomb is refused from its directory), and fflate inflates each entry
 * into a buffer of exactly its declared size, so a lying header cannot use more either.
 */
export const MAX_ZIP_BYTES = 256 * 1024 * 1024;

export const isZipPath = (path: string): boolean => path.toLowerCase().endsWith('.zip');

/** Folders, macOS resource forks and hidden files are not the user's data. */
const isData = (name: string): boolean =>
  !name.endsWith('/') &&
  !name.startsWith('__MACOSX/') &&
  !(name.split('/').pop() ?? '').startsWith('.');

export type ZipResult = { ok: true; files: ImportFile[] } | { ok: false; problems: ImportProblem[] };

/**
 * The files inside one zip, with their paths as stored (so `cats/1.png` keeps its class folder).
 * Refuses, with the numbers, a zip larger than the budget, declared or actual, and a zip that is
 * not one.
 */
export async function unzipImport(zip: ImportFile, max = MAX_ZIP_BYTES): Promise<ZipResult> {
  if (zip.size !== undefined && zip.size > max)
    return { ok: false, problems: [{ code: 'zip-too-large', file: zip.path, bytes: zip.size, max }] };
  const bytes = await zip.read();
  if (bytes.length > max)
    return { ok: false, problems: [{ code: 'zip-too-large', file: zip.path, bytes: bytes.length, max }] };
  try {
    // First pass: the central directory only (the filter inflates nothing).
    let declared = 0;
    unzipSync(bytes, {
      filter: (entry) => {
        if (isData(entry.name)) declared += entry.originalSize;
        return false;
      },
    });
    if (declared > max)
      return { ok: false, problems: [{ code: 'zip-too-large', file: zip.path, bytes: declared, max }] };
    const entries = unzipSync(bytes, { filter: (entry) => isData(entry.name) });
    const files = Object.keys(entries)
      .sort()
      .map((path): ImportFile => {
        const content = entries[path];
        return { path, size: content.length, read: () => Promise.resolve(content) };
      });
    return { ok: true, files };
  } catch (e) {
    return {
      ok: false,
      problems: [{ code: 'unreadable', file: zip.path, reason: (e as Error).message || 'not a zip file' }],
    };
  }
}
