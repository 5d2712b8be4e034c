import type { ReadDataFile } from '../data/types';

/**
 * For tests: the CLI's disk reader for public/data (`npm run data`). src/cli is Node code outside
 * the browser-typed tsconfig project, so it is imported through a computed specifier that tsc
 * does not follow; Vitest resolves it at run time.
 */
export async function readDataFromDisk(): Promise<ReadDataFile> {
  const specifier = '../../cli/readData';
  const cli = (await import(/* @vite-ignore */ specifier)) as {
    readDataFileFromDisk: () => ReadDataFile;
  };
  return cli.readDataFileFromDisk();
}
