import { findParam, type AnyParamRow, type ParamKey, type ParamValue } from '../../core/config';

/** Keys whose value is a plain number (not nullable): these get a number field. */
export type NumberParamKey = {
  [K in ParamKey]: ParamValue<K> extends number ? K : never;
}[ParamKey];
/** Keys whose value is one of a fixed list of strings. */
export type EnumParamKey = {
  [K in ParamKey]: ParamValue<K> extends string
    ? string extends ParamValue<K>
      ? never
      : K
    : never;
}[ParamKey];
/** Free-form string keys (architectures). */
export type TextParamKey = { [K in ParamKey]: string extends ParamValue<K> ? K : never }[ParamKey];

/** The PARAMS row of a key: ranges, options and validation all come from there. */
export function paramRow(key: ParamKey): AnyParamRow {
  const row = findParam(key);
  if (!row) throw new Error(`unknown parameter ${key}`);
  return row;
}
