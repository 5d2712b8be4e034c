import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only what it needs.
 * - script-src 'wasm-unsafe-eval': compiling the tfjs wasm binaries (no JS eval is allowed).
 * - script-src blob: and worker-src blob:: the threaded wasm backend starts its pthread
 *   workers from a Blob and loads its glue code into them from another Blob.
 * - worker-src 'self': the engine worker and the service worker are our own files.
 * - img-src data: blob:: sample images drawn to canvases and exported charts.
 * No 'unsafe-inline' anywhere: React sets styles through the CSSOM, which CSP does not govern.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** frame-ancestors only works as a header (browsers ignore it, with a console error, in <meta>). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Writes the policy into the built index.html as <meta http-equiv>, so it holds on static hosts
 * that cannot set headers. Build only: the dev server injects inline scripts (React refresh)
 * that a strict policy would block.
 */
export function cspMetaTag(): Plugin {
  return {
    name: 'lab-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
