/** A run against the pinned baseline: what changed in the config and what it did to the numbers. */
import { formatValue, getParam, PARAMS, type ParamKey } from '../config';
import type { SavedRun } from './types';

export interface ConfigChange {
  key: ParamKey;
  value: string;
  baseline: string;
}

export interface RunComparison {
  /** Config keys whose values differ, in table order. */
  changes: ConfigChange[];
  /** Teacher accuracy minus the baseline's (fraction). */
  teacherAccuracy: number;
  /** Distilled student accuracy minus the baseline's; null unless both runs have one. */
  studentAccuracy: number | null;
  /** Teacher size relative to the baseline's (1 = same). */
  teacherSizeRatio: number;
}

export function configChanges(run: SavedRun, baseline: SavedRun): ConfigChange[] {
  const changes: ConfigChange[] = [];
  for (const row of PARAMS) {
    const value = formatValue(getParam(run.config, row.key));
    const base = formatValue(getParam(baseline.config, row.key));
    if (value !== base) changes.push({ key: row.key, value, baseline: base });
  }
  return changes;
}

export function compareRuns(run: SavedRun, baseline: SavedRun): RunComparison {
  return {
    changes: configChanges(run, baseline),
    teacherAccuracy: run.teacher.accuracy - baseline.teacher.accuracy,
    studentAccuracy:
      run.student && baseline.student ? run.student.accuracy - baseline.student.accuracy : null,
    teacherSizeRatio:
      baseline.teacher.sizeBytes > 0 ? run.teacher.sizeBytes / baseline.teacher.sizeBytes : 1,
  };
}
