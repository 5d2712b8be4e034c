import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Cross-origin isolation lets the wasm backend use threads (SharedArrayBuffer).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // A sub-path deployment sets BASE_PATH=/lab/ at build time (see README).
  base: process.env.BASE_PATH ?? './',
  plugins: [react()],
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
  preview: { headers: isolationHeaders },
  build: {
    target: 'es2022',
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
