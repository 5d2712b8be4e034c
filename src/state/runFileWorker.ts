/// <reference lib="webworker" />
/**
 * Reads and checks a runs file off the main thread: a 12 MB file's JSON.parse and schema check
 * took one 7 s task on the page. The check is the one in core/runs (parseRunFile), so the rules
 * and messages are the same as ever: the file is taken whole or refused. No tfjs here (the
 * config schema is plain data), so this worker starts in milliseconds.
 *
 * Protocol: the page posts a File; the worker answers `runs` messages of at most RUNS_PER_MESSAGE
 * runs (each one small enough to clone onto the page without a long task), then `done`, or a
 * single `failed`.
 */
import { parseRunFile } from '../core/runs';
import type { RunFileMessage } from './runFileReader';

/** ~50 kB of clone per message: copying it onto the page takes a few ms, not a long task. */
const RUNS_PER_MESSAGE = 25;

const post = (message: RunFileMessage) => postMessage(message);

onmessage = async (e: MessageEvent<File>) => {
  try {
    const parsed = parseRunFile(await e.data.text());
    if (!parsed.ok) {
      post({ kind: 'failed', error: parsed.error });
      return;
    }
    for (let from = 0; from < parsed.runs.length; from += RUNS_PER_MESSAGE) {
      post({ kind: 'runs', runs: parsed.runs.slice(from, from + RUNS_PER_MESSAGE) });
    }
    post({ kind: 'done', count: parsed.runs.length });
  } catch (err) {
    // A file that vanished or cannot be read (permissions, removed disk).
    post({
      kind: 'failed',
      error: { code: 'not-json', detail: err instanceof Error ? err.message : String(err) },
    });
  }
};
