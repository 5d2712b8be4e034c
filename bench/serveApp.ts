import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export interface ServedApp {
  url: string;
  close: () => Promise<void>;
}

/**
 * The production app at `appUrl` if one is already served; otherwise built into a temporary
 * folder and served with `vite preview` (closed by `close`). `minify: false` keeps function names
 * readable for a profile; timings are then a little worse than the shipped build's.
 */
export async function serveApp(
  appUrl: string | undefined,
  { name, port, minify = true }: { name: string; port: number; minify?: boolean },
): Promise<ServedApp> {
  if (appUrl) return { url: appUrl, close: async () => {} };
  const outDir = join(tmpdir(), `compression-lab-bench-${name}`);
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, minify } });
  const app = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: false },
  });
  return {
    url: app.resolvedUrls?.local[0] ?? `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => app.httpServer.close(() => resolve())),
  };
}
