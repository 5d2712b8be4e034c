import type { StateCreator } from 'zustand';
import {
  setParam,
  type ConfigNotice,
  type ExperimentConfig,
  type ParamKey,
  type ParamValue,
} from '../core/config';
import type { LabState } from './store';

/** What the page's link said, parsed by core/config (see urlSync.readUrlState). */
export interface UrlState {
  config: ExperimentConfig;
  notices: ConfigNotice[];
  /** Non-config keys of the link that the app keeps, such as `lang`. */
  extras: Record<string, string>;
}

export interface ConfigSlice {
  config: ExperimentConfig;
  /** Keys of the opening link that were ignored, and why; shown until dismissed. */
  notices: ConfigNotice[];
  noticesDismissed: boolean;
  extras: Record<string, string>;
  /** Sanitising update of one dotted key (core/config clamps numbers, refuses bad strings). */
  setParam<K extends ParamKey>(key: K, value: ParamValue<K>): void;
  dismissNotices(): void;
  /** Sets (or, with null, removes) a non-config URL key. */
  setExtra(key: string, value: string | null): void;
}

export const createConfigSlice =
  (initial: UrlState): StateCreator<LabState, [], [], ConfigSlice> =>
  (set) => ({
    config: initial.config,
    notices: initial.notices,
    noticesDismissed: initial.notices.length === 0,
    extras: initial.extras,
    setParam: (key, value) =>
      set((state) => {
        const config = setParam(state.config, key, value);
        return config === state.config ? {} : { config };
      }),
    dismissNotices: () => set({ noticesDismissed: true }),
    setExtra: (key, value) =>
      set((state) => {
        if ((state.extras[key] ?? null) === value) return {};
        const extras = { ...state.extras };
        if (value === null) delete extras[key];
        else extras[key] = value;
        return { extras };
      }),
  });
