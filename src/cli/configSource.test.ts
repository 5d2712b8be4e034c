import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, setParam, toConfigJson, toQuery } from '../core/config';
import { loadConfigSource } from './configSource';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cl-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const config = setParam(
  setParam(setParam(defaultConfig(), 'teacher.arch', 'mlp:32'), 'prune.sparsity', 0.9),
  'prune.granularity',
  '2:4',
);

describe('--config', () => {
  it('reads a share link, a ?query and a bare query exactly as the JSON file of the same config', async () => {
    const file = join(dir, 'exp.json');
    await writeFile(file, JSON.stringify(toConfigJson(config)));
    const query = toQuery(config);
    const sources = [
      file,
      `https://lab.example.org/lab/?${query}&lang=ko&autorun=1#runs`,
      `http://localhost:4173/?${query}`,
      `?${query}`,
      query,
    ];
    for (const source of sources) {
      const loaded = await loadConfigSource(source);
      expect(loaded.notices, source).toEqual([]);
      expect(loaded.config, source).toEqual(config);
    }
  });

  it('keeps the good keys of a bad link and reports the bad ones', async () => {
    const loaded = await loadConfigSource(
      'https://lab.example.org/?teacher.arch=mlp:32&quant.bits=9&bogus=1',
    );
    expect(loaded.config.teacher.arch).toBe('mlp:32');
    expect(loaded.config.quant.bits).toBe(32);
    expect(loaded.notices.map((n) => n.key)).toEqual(['quant.bits', 'bogus']);
  });

  it('says which file is missing or not JSON', async () => {
    await expect(loadConfigSource(join(dir, 'nope.json'))).rejects.toThrow(
      /Cannot read.*nope\.json/,
    );
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"dataset": ');
    await expect(loadConfigSource(bad)).rejects.toThrow(/bad\.json" is not valid JSON/);
  });
});
