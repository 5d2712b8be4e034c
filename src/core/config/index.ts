// The experiment schema of the lab (docs/CONFIG.md): one table, everything else derived from it.
export {
  ARCH_LIMITS,
  archError,
  formatArch,
  parseArch,
  type ArchKind,
  type ArchSpec,
} from './arch';
export {
  findParam,
  GROUP_NAMES,
  PARAMS,
  type AnyParamRow,
  type ExperimentConfig,
  type ParamKey,
  type ParamKind,
  type ParamRow,
  type ParamValue,
} from './params';
export {
  canonicalNumber,
  checkParam,
  defaultConfig,
  describeDomain,
  effectiveStudentTrainSize,
  validationProblem,
  validationSize,
  ExperimentConfigSchema,
  formatNumber,
  getParam,
  setParam,
} from './schema';
export { CONFIG_VERSION, formatValue, type ConfigNotice } from './read';
export { APP_QUERY_KEYS, parseQuery, toQuery, type ParsedQuery } from './query';
export { parseConfigJson, toConfigJson, validateConfig } from './json';
