import { RunError } from '../experiment/events';

/**
 * `work`, unless `signal` aborts first: then a 'cancelled' RunError at once, and `work`'s own
 * outcome is dropped. A read-back from a GPU waits for every step queued before it; on a
 * software adapter one big step at batch 8 took over 6 s, so Stop waited for it (27.8 s measured
 * on SwiftShader WebGPU). The device still finishes the queued work, but the run ends now.
 */
export function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  const cancelled = () => new RunError('cancelled', 'cancelled by the user');
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(cancelled());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      // A read of a tensor the loop has since disposed may fail later: nobody waits for it.
      work.catch(() => {});
      reject(cancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
