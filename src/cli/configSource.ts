import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseConfigJson, parseQuery } from '../core/config';
import type { ConfigNotice, ExperimentConfig } from '../core/config';

/** Config files are a few hundred bytes; a larger "config" is the wrong file. */
export const MAX_CONFIG_FILE_BYTES = 100_000;

/**
 * `--config` accepts a JSON file, a share link (http…?…) or a bare query string
 * (`dataset=mnist&prune.sparsity=0.9`), so a link from the app reruns unchanged on the CLI.
 * A path that exists is read as a file even when its name contains `=`. Error messages name the
 * file but never quote its contents (it may be any file the user can read).
 */
export async function loadConfigSource(
  source: string,
): Promise<{ config: ExperimentConfig; notices: ConfigNotice[] }> {
  const looksLikeQuery =
    !isFile(source) &&
    (/^https?:\/\//.test(source) ||
      source.startsWith('?') ||
      (/=/.test(source) && !source.endsWith('.json')));
  if (looksLikeQuery) {
    const { config, notices } = parseQuery(source);
    return { config, notices };
  }
  if (isFile(source) && statSync(source).size > MAX_CONFIG_FILE_BYTES)
    throw new Error(`Config file "${source}" is larger than ${MAX_CONFIG_FILE_BYTES} bytes.`);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read config file "${source}".`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // Node's message quotes the text near the error: keep only where it is.
    const at = /position \d+|line \d+ column \d+/.exec((e as Error).message);
    throw new Error(`Config file "${source}" is not valid JSON${at ? ` (at ${at[0]})` : ''}.`, {
      cause: e,
    });
  }
  return parseConfigJson(json);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
