import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadDataFile } from '../core/data/types';

/** <repo>/public/data, wherever the command is run from. */
export const DEFAULT_DATA_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'public',
  'data',
);

/**
 * Node's ReadDataFile: reads the files `npm run data` packed. `root` defaults to the repo's
 * public/data; a relative `root` is taken relative to the working directory.
 */
export function readDataFileFromDisk(root: string = DEFAULT_DATA_DIR): ReadDataFile {
  const base = resolve(root);
  return async (relativePath) => {
    const rel = normalize(relativePath);
    if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) {
      throw new Error(`Data path "${relativePath}" leaves the data folder`);
    }
    const path = resolve(base, rel);
    try {
      const buf = await readFile(path);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new Error(`${path} not found; run \`npm run data\` first`, { cause: e });
      throw e;
    }
  };
}
