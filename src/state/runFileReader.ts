import {
  MAX_RUN_FILE_BYTES,
  parseRunFile,
  type RunFileError,
  type RunFileResult,
  type SavedRun,
} from '../core/runs';

/** What runFileWorker.ts answers for one file. */
export type RunFileMessage =
  | { kind: 'runs'; runs: SavedRun[] }
  | { kind: 'done'; count: number }
  | { kind: 'failed'; error: RunFileError };

/**
 * Reads a runs file chosen by the user: parsed and checked in a worker of its own (one per
 * file, ended when it answers), the runs arriving in small messages so that neither the parse
 * nor the copy back is a long task on the page. Never throws; an error is a RunFileResult.
 */
export async function readRunFile(file: File): Promise<RunFileResult> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_RUN_FILE_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        detail: `${file.size} bytes; the limit is ${MAX_RUN_FILE_BYTES}`,
      },
    };
  }
  // Where workers are missing (tests in Node), the same check on this thread.
  if (typeof Worker === 'undefined') return parseRunFile(await file.text());
  const worker = new Worker(new URL('./runFileWorker.ts', import.meta.url), {
    type: 'module',
    name: 'run-file',
  });
  try {
    return await new Promise<RunFileResult>((resolve) => {
      const runs: SavedRun[] = [];
      worker.onmessage = (e: MessageEvent<RunFileMessage>) => {
        const m = e.data;
        if (m.kind === 'runs') runs.push(...m.runs);
        else if (m.kind === 'failed') resolve({ ok: false, error: m.error });
        else if (m.count === runs.length) resolve({ ok: true, runs });
        else resolve(failed(`${runs.length} of ${m.count} runs arrived`));
      };
      // The worker itself failed (out of memory, a script that did not load): nothing changes.
      worker.onerror = (e) => {
        e.preventDefault();
        resolve(failed(e.message || 'the file reader stopped'));
      };
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}

const failed = (detail: string): RunFileResult => ({
  ok: false,
  error: { code: 'invalid', detail },
});
