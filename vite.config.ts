import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY_HEADER, cspMetaTag } from './scripts/csp';

// Cross-origin isolation lets the wasm backend use threads (SharedArrayBuffer).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Offline after the first visit: the service worker (src/pwa/sw.ts) precaches the app shell
 * (html, js, css, wasm, fonts) and keeps each dataset file under data/ once it has been fetched
 * and found to match data/manifest.json's sha256 (40 MB that a visitor who only uses a toy set
 * never downloads). A custom worker (injectManifest) because the check needs the manifest.
 * Registered from src/pwa/registerServiceWorker.ts; never in dev.
 */
const offline = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/pwa',
  filename: 'sw.ts',
  injectRegister: false,
  registerType: 'autoUpdate',
  manifest: false,
  injectManifest: {
    globPatterns: ['**/*.{html,js,css,wasm,svg,woff2}'],
    // The Korean font's ~250 unicode-range slices (5 MB) are cached as they are used (sw.ts).
    globIgnores: ['data/**', '**/noto-sans-kr-*'],
    // tfjs's bundles and wasm binaries are several MB each.
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  },
});

export default defineConfig({
  // A sub-path deployment sets BASE_PATH=/lab/ at build time (see README).
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), offline, cspMetaTag()],
  worker: { format: 'es' },
  // Pre-bundled up front so the first visit to the dev server does not reload mid-run.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-backend-webgpu',
      '@tensorflow/tfjs-backend-wasm',
      'comlink',
    ],
  },
  server: { headers: isolationHeaders },
  // The built app also gets its Content-Security-Policy as a header (scripts/csp.ts); dev does not
  // (React refresh injects inline scripts there).
  preview: {
    headers: { ...isolationHeaders, 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  build: {
    target: 'es2022',
    // KaTeX's CSS names its fonts by URL; Vite would inline the small ones as data: URLs, which
    // the CSP (font-src 'self') blocks. Fonts ship as files instead.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 4000,
    // The threaded wasm backend re-runs the worker bundle as its pthread workers, and tfjs's
    // glue code relies on `typeof x == "undefined"` checks that minifiers rewrite (tfjs README,
    // "JS Minification"): with them rewritten the threads die with "e is not defined".
    minify: 'terser',
    terserOptions: { compress: { typeofs: false } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
