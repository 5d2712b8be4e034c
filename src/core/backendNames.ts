/** Backend names without tfjs, so the main thread (which never loads tfjs) can use them. */
export const BACKEND_ORDER = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_ORDER)[number];
export type BackendRequest = BackendName | 'auto';
/** What `auto` races: cpu is only the last resort when none of these starts. */
export const RACED_BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm'];
