/**
 * The shape of one row of the parameter table, and the small constructors the table is written
 * with. Kept apart from the table itself so that the table reads as a list of knobs.
 */

export type ParamKind = 'int' | 'number' | 'enum' | 'string';

/**
 * One row. `V` is the value type; it rides on `default` so that the config type can be
 * computed from the table (see ExperimentConfig in params.ts) instead of being written twice.
 */
export interface ParamRow<K extends string = string, V = unknown> {
  readonly key: K;
  readonly kind: ParamKind;
  /** Inclusive range for int/number. */
  readonly min?: number;
  readonly max?: number;
  /** Slider step; a hint for controls, not enforced by parsing. */
  readonly step?: number;
  /** A log-scale slider fits better (learning rate, batch size). */
  readonly log?: boolean;
  /** For ints whose valid values are not a plain range (quant.bits: 1..8 or 32). */
  readonly values?: readonly number[];
  /** Allowed strings for enums. */
  readonly options?: readonly string[];
  /** Null is valid and means "derive from another key"; null keys never appear in URLs. */
  readonly nullable?: boolean;
  /** For free-form strings: an error message for a bad value, or null when it is fine. */
  readonly validate?: (value: string) => string | null;
  readonly default: V;
  /** One line of plain English for a tooltip or `--help`. */
  readonly describe: string;
}

interface RangeSpec<V> {
  min: number;
  max: number;
  step?: number;
  log?: boolean;
  values?: readonly number[];
  default: V;
  describe: string;
}

// Small constructors keep each row on a few lines and give it a precise value type.
export const int = <K extends string>(key: K, spec: RangeSpec<number>): ParamRow<K, number> => ({
  key,
  kind: 'int',
  ...spec,
});
export const nullableInt = <K extends string>(
  key: K,
  spec: RangeSpec<number | null>,
): ParamRow<K, number | null> => ({ key, kind: 'int', nullable: true, ...spec });
export const num = <K extends string>(key: K, spec: RangeSpec<number>): ParamRow<K, number> => ({
  key,
  kind: 'number',
  ...spec,
});
export const oneOf = <K extends string, const O extends readonly string[]>(
  key: K,
  options: O,
  def: O[number],
  describe: string,
): ParamRow<K, O[number]> => ({ key, kind: 'enum', options, default: def, describe });
export const text = <K extends string>(
  key: K,
  def: string,
  validate: (value: string) => string | null,
  describe: string,
): ParamRow<K, string> => ({ key, kind: 'string', validate, default: def, describe });
