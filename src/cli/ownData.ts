import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { decode } from 'fast-png';
import type { ExperimentConfig } from '../core/config';
import type { ReadDataFile } from '../core/data/types';
import type { DecodeImage, ImportFile } from '../core/data/user/importFiles';
import { importFiles } from '../core/data/user/importFiles';
import { describeProblem } from '../core/data/user/problems';
import { userDataPath } from '../core/data/user/format';
import { isUserDataset, parseUserRef, userDatasetRef } from '../core/data/user/ref';

/**
 * PNG only, decoded by a pure-JS decoder (no native dependency). Browsers decode every format
 * they know; here other formats are refused by name rather than guessed at.
 */
export const decodePngInNode: DecodeImage = async (bytes, path) => {
  if (!path.toLowerCase().endsWith('.png'))
    throw new Error(
      'the command line reads PNG images only (convert others, or import in the app)',
    );
  const png = decode(bytes);
  const { width, height, channels } = png;
  const max = png.depth === 16 ? 257 : 1;
  const rgba = new Uint8Array(width * height * 4);
  const palette = png.palette;
  for (let i = 0; i < width * height; i++) {
    let r: number, g: number, b: number, a: number;
    if (palette) {
      const entry = palette[png.data[i]];
      [r, g, b] = entry;
      a = entry[3] ?? 255;
    } else {
      const v = (k: number) => Math.round(png.data[i * channels + k] / max);
      if (channels <= 2) {
        r = g = b = v(0);
        a = channels === 2 ? v(1) : 255;
      } else {
        [r, g, b] = [v(0), v(1), v(2)];
        a = channels === 4 ? v(3) : 255;
      }
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, rgba };
};

/** Every file under `root`, with paths relative to its parent (so class folders survive). */
async function filesOf(root: string): Promise<ImportFile[]> {
  const info = await stat(root);
  const file = (path: string, shown: string): ImportFile => ({
    path: shown,
    read: async () => new Uint8Array(await readFile(path)),
  });
  if (!info.isDirectory()) return [file(root, basename(root))];
  const out: ImportFile[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile())
        out.push(file(path, [basename(root), ...relative(root, path).split(sep)].join('/')));
    }
  };
  await walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export interface OwnDataOptions {
  labelColumn: string;
  imageSize: number;
  channels: 1 | 3;
}

/**
 * `--data path`: the same folders, zips and CSVs the app imports, read here. Returns the config with
 * `dataset` set to the data's reference and a reader that serves it; a config that names another
 * imported dataset (another hash) is refused rather than run on this one.
 */
export async function loadOwnData(
  path: string,
  config: ExperimentConfig,
  options: OwnDataOptions,
  readBuiltIn: ReadDataFile,
): Promise<{ config: ExperimentConfig; readData: ReadDataFile }> {
  const name = basename(path)
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .slice(0, 40);
  const result = await importFiles(
    await filesOf(path),
    { name: name || 'data', seed: config.seed, ...options },
    decodePngInNode,
  );
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  const ref = userDatasetRef(result.dataset.name, result.hash);
  const wanted = isUserDataset(config.dataset) ? parseUserRef(config.dataset) : null;
  if (wanted && wanted.hash !== result.hash)
    throw new Error(
      `The config needs dataset "${wanted.name}" (content hash ${wanted.hash}), but --data ${path} has content hash ${result.hash}.`,
    );
  const own = userDataPath(result.hash);
  return {
    config: { ...config, dataset: ref },
    readData: (p) => (p === own ? Promise.resolve(result.bytes) : readBuiltIn(p)),
  };
}
