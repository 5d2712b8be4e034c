import { readFile } from 'node:fs/promises';
import { parseConfigJson, parseQuery } from '../core/config';
import type { ConfigNotice, ExperimentConfig } from '../core/config';

/**
 * `--config` accepts a JSON file, a share link (http…?…) or a bare query string
 * (`dataset=mnist&prune.sparsity=0.9`), so a link from the app reruns unchanged on the CLI.
 */
export async function loadConfigSource(
  source: string,
): Promise<{ config: ExperimentConfig; notices: ConfigNotice[] }> {
  const looksLikeQuery =
    /^https?:\/\//.test(source) ||
    source.startsWith('?') ||
    (/=/.test(source) && !source.endsWith('.json'));
  if (looksLikeQuery) {
    const { config, notices } = parseQuery(source);
    return { config, notices };
  }
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
    throw new Error(`Config file "${source}" is not valid JSON: ${(e as Error).message}`, {
      cause: e,
    });
  }
  return parseConfigJson(json);
}
