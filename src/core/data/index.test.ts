import { describe, expect, it } from 'vitest';
import { DataFileError, loadDataset } from './index';
import { makeSynthetic } from './synthetic';

describe('loadDataset', () => {
  it('makes synthetic sets from the seed without reading files', async () => {
    const read = () => Promise.reject(new Error('should not read'));
    const ds = await loadDataset('spiral', read, 9);
    expect(ds).toEqual(makeSynthetic('spiral', 9));
  });

  it('reads image sets through `read`, reporting a missing manifest', async () => {
    const read = (path: string) => Promise.reject(new Error(`no ${path}`));
    const err = await loadDataset('mnist', read, 0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as DataFileError).file).toBe('manifest.json');
  });
});
