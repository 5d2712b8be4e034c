import type { ForwardRequest, ForwardTiming } from './forwardWorker';

/**
 * The baseline of the slider-latency benchmark: a bare forward pass over as many examples as
 * the preview subset, in a dedicated worker on the same backend as the app's engine worker.
 */
function timeForward(request: ForwardRequest): Promise<ForwardTiming> {
  const worker = new Worker(new URL('./forwardWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<ForwardTiming>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ForwardTiming | { error: string }>) => {
      worker.terminate();
      if ('error' in e.data) reject(new Error(e.data.error));
      else resolve(e.data);
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

(window as unknown as { timeForward: typeof timeForward }).timeForward = timeForward;
