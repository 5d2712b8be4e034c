/**
 * A fresh run id. From crypto.randomUUID, not the clock: two tabs starting runs in the same
 * millisecond once got the same id, and IndexedDB (keyed by id) kept only one of them.
 */
export const newRunId = (): string => `run-${crypto.randomUUID()}`;
