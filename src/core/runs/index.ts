// Saved runs (issue 6): the record, its file format, CSV and comparison. Framework-free.
export { compareRuns, configChanges, type ConfigChange, type RunComparison } from './compare';
export { runsToCsvParts } from './csv';
export { committedPointSchema } from './pointSchema';
export {
  isSavedRun,
  MAX_RUN_FILE_BYTES,
  MAX_RUN_NAME,
  parseRunFile,
  readStoredRun,
  RUN_FILE_FORMAT,
  RUN_FILE_VERSION,
  runFileParts,
  runFileText,
  savedRunSchema,
  toRunFile,
  type RunFile,
  type RunFileError,
  type RunFileErrorCode,
  type RunFileResult,
} from './runFile';
export {
  MAX_CURVE_POINTS,
  thinCurve,
  type SavedBackend,
  type SavedCurves,
  type SavedRun,
} from './types';
