import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'fast-png';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import { loadDataset } from '../core/data';
import { loadOwnData } from './ownData';

const noBuiltIn = () => Promise.reject(new Error('no built-in data in this test'));
const options = { labelColumn: '', imageSize: 4, channels: 1 as const };

/** data/<class>/<i>.png, 8×8 gray PNGs at one level per class (RGB for the second class). */
function folder(classes: string[], perClass: number): string {
  const root = join(mkdtempSync(join(tmpdir(), 'own-')), 'data');
  classes.forEach((name, k) => {
    mkdirSync(join(root, name), { recursive: true });
    for (let i = 0; i < perClass; i++) {
      const channels = k === 1 ? 3 : 1;
      const data = new Uint8Array(64 * channels).fill(60 + 100 * k);
      writeFileSync(join(root, name, `${i}.png`), encode({ width: 8, height: 8, data, channels }));
    }
  });
  return root;
}

describe('--data', () => {
  it('reads a folder of PNG class folders with a pure-JS decoder and names it by hash', async () => {
    const { config, readData } = await loadOwnData(
      folder(['a', 'b'], 5),
      defaultConfig(),
      options,
      noBuiltIn,
    );
    expect(config.dataset).toMatch(/^user:data@[0-9a-f]{12}$/);
    const data = await loadDataset(config.dataset, readData, config.seed);
    expect(data.featureShape).toEqual([4, 4, 1]);
    expect(data.classNames).toEqual(['a', 'b']);
    expect(data.train.n + data.test.n).toBe(10);
    // Gray 60 and RGB (160,160,160) → luma 160, resized without change.
    const firstB = data.train.y.indexOf(1);
    expect(data.train.x[firstB * 16]).toBe(160);
  });

  it('reads a zip of the folder as the same dataset (same content hash)', async () => {
    const root = folder(['a', 'b'], 5);
    const entries: Record<string, Uint8Array> = {};
    // Zipped in reverse order: the import sorts by path, so the order inside does not matter.
    for (const c of ['b', 'a'])
      for (const f of readdirSync(join(root, c)).reverse())
        entries[`data/${c}/${f}`] = readFileSync(join(root, c, f));
    const zipPath = join(root, '..', 'data.zip');
    writeFileSync(zipPath, zipSync(entries));
    const fromFolder = await loadOwnData(root, defaultConfig(), options, noBuiltIn);
    const fromZip = await loadOwnData(zipPath, defaultConfig(), options, noBuiltIn);
    expect(fromZip.config.dataset).toBe(fromFolder.config.dataset);
  });

  it('refuses a config that names other imported data, and a one-class folder', async () => {
    const wants = { ...defaultConfig(), dataset: 'user:data@0123456789ab' as const };
    await expect(loadOwnData(folder(['a', 'b'], 5), wants, options, noBuiltIn)).rejects.toThrow(
      /needs dataset "data" \(content hash 0123456789ab\)/,
    );
    await expect(
      loadOwnData(folder(['a'], 5), defaultConfig(), options, noBuiltIn),
    ).rejects.toThrow('Only one class ("a")');
  });
});
