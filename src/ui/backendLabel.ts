import type { TFunction } from 'i18next';
import type { BackendInfo, BackendName } from '../core/backend';

/** The slice of i18next's `t` these helpers use; tests pass a plain function. */
export type Translate = (key: string, vars?: Record<string, string>) => string;

/** Adapts react-i18next's overloaded `t` to the plain signature above. */
export const plainT =
  (t: TFunction): Translate =>
  (key, vars) =>
    t(key, vars ?? {});

/** The adapter as a badge can show it: "SwiftShader" rather than "SwiftShader (Google SwiftShader …)". */
export function shortAdapter(adapter: string | null): string | null {
  if (!adapter) return null;
  if (/swiftshader/i.test(adapter)) return 'SwiftShader';
  return adapter.length > 32 ? `${adapter.slice(0, 31)}…` : adapter;
}

export const backendName = (name: BackendName, t: Translate): string => t(`backend.names.${name}`);

/**
 * One line for the header badge: "WebGPU · SwiftShader (software, slow)", or, when the first
 * choice failed, "WASM — WebGPU unavailable: <reason>".
 */
export function describeBackend(info: BackendInfo, t: Translate): string {
  const name = backendName(info.name, t);
  if (info.race) {
    const ms = info.race.entries.find((e) => e.backend === info.name)?.msPerStep;
    return ms != null
      ? t('backendRace.badge', { name, ms: formatMs(ms) })
      : t('backendRace.badgeNoTime', { name });
  }
  const first = info.fallbacks[0];
  if (first?.softwareAdapter !== undefined) {
    return t('backend.softwareBadge', {
      name,
      adapter: shortAdapter(first.softwareAdapter) ?? first.softwareAdapter,
    });
  }
  if (first) {
    return t('backend.unavailable', {
      name,
      other: backendName(first.backend, t),
      reason: first.reason,
    });
  }
  const adapter = shortAdapter(info.adapter);
  const withAdapter = adapter ? `${name} · ${adapter}` : name;
  return info.isFallbackAdapter ? `${withAdapter} (${t('backend.software')})` : withAdapter;
}

/** Milliseconds as the race shows them: one decimal below 10 ms, whole above. */
export const formatMs = (ms: number): string =>
  ms < 10 ? ms.toFixed(1) : Math.round(ms).toString();
