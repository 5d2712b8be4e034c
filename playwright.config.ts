import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
// Another build folder (E2E_OUTDIR) lets several checkouts or agents test side by side.
const outDir = process.env.E2E_OUTDIR;

export default defineConfig({
  testDir: 'e2e',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1280, height: 800 },
    // The offline service worker would answer requests that page.route() must see (fault
    // injection); only the offline test (classroom.spec.ts) turns it back on.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // The built app, as users get it (COOP/COEP headers come from vite.config.ts `preview`).
    command: `npx vite preview --port ${port} --strictPort${outDir ? ` --outDir ${outDir}` : ''}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
