import { DATASET_NAMES } from '../data/types';
/**
 * Property tests of the URL codec: links come from anywhere (chat apps mangle them, people edit
 * them by hand, attackers craft them), so the parser is fed random input, not only examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCH_LIMITS, archError } from './arch';
import { PARAMS, findParam, type AnyParamRow, type ExperimentConfig } from './params';
import { APP_QUERY_KEYS, parseQuery, toQuery } from './query';
import { defaultConfig, ExperimentConfigSchema, getParam, setParam } from './schema';

const RUNS = { numRuns: 300 };
const APP_KEYS: readonly string[] = APP_QUERY_KEYS;

const archValue = fc
  .tuple(
    fc.constantFrom('mlp', 'cnn'),
    fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: ARCH_LIMITS.maxLayers }),
  )
  .map(([kind, units]) => `${kind}:${units.join('-')}`);

/** A built-in dataset or an imported one's reference (name in any script, 12 hex digits). */
const datasetValue = fc.oneof(
  fc.constantFrom(...DATASET_NAMES),
  fc
    .tuple(fc.constantFrom('flowers', '손글씨', 'a.b_c-1'), fc.stringMatching(/^[0-9a-f]{12}$/))
    .map(([name, hash]) => `user:${name}@${hash}`),
);

/** Any value the row accepts. */
function validValue(row: AnyParamRow): fc.Arbitrary<unknown> {
  if (row.kind === 'enum') return fc.constantFrom(...(row.options ?? []));
  if (row.key === 'dataset') return datasetValue;
  if (row.kind === 'string') return archValue;
  if (row.values) return fc.constantFrom(...row.values);
  const min = row.min as number;
  const max = row.max as number;
  const n = row.kind === 'int' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  return row.nullable ? fc.option(n, { nil: null }) : n;
}

/** A value the row refuses, as URL text; built to be wrong, not checked with the parser. */
function badText(row: AnyParamRow): fc.Arbitrary<string> {
  const markup = fc.constantFrom(
    '<img src=x onerror=window.__pwned=1>',
    '"><script>alert(1)</script>',
    'javascript:alert(1)',
  );
  if (row.kind === 'enum') {
    return fc.oneof(
      markup,
      fc.string().filter((s) => !(row.options ?? []).includes(s)),
    );
  }
  if (row.key === 'dataset') {
    return fc.oneof(
      markup,
      fc.constantFrom('', 'mlp:1', 'user:', 'user:a@12', 'user:a b@0123456789ab'),
    );
  }
  if (row.kind === 'string') {
    return fc.oneof(markup, fc.constantFrom('', 'mlp:', 'mlp:0', 'rnn:3', 'mlp:1--2', 'mlp:abc'));
  }
  const min = row.min as number;
  const max = row.max as number;
  const notNumbers = fc.constantFrom('abc', 'NaN', 'Infinity', '0x10', '1e', '--1', '1,5');
  const outside = fc.oneof(
    fc.double({ min: max + 1, max: 1e300, noNaN: true }),
    fc.double({ min: -1e300, max: min - 1, noNaN: true }),
  );
  const notAllowed = row.values
    ? fc.integer({ min: 0, max: 100 }).filter((v) => !row.values?.includes(v))
    : outside;
  const fractional =
    row.kind === 'int' ? [fc.integer({ min, max: max - 1 }).map((v) => v + 0.5)] : [];
  return fc.oneof(
    markup,
    notNumbers,
    notAllowed.map(String),
    ...fractional.map((a) => a.map(String)),
  );
}

const unknownKey = fc
  .string({ maxLength: 40 })
  .filter((k) => findParam(k) === undefined && !APP_KEYS.includes(k));

type Pair = { key: string; text: string; good: unknown | undefined };
const rowIndex = fc.integer({ min: 0, max: PARAMS.length - 1 });
const pair: fc.Arbitrary<Pair> = fc.oneof(
  rowIndex.chain((i) =>
    validValue(PARAMS[i]).map((v) => ({
      key: PARAMS[i].key,
      text: v === null ? 'null' : String(v),
      good: v,
    })),
  ),
  rowIndex.chain((i) =>
    badText(PARAMS[i]).map((text) => ({ key: PARAMS[i].key, text, good: undefined })),
  ),
  fc.tuple(unknownKey, fc.string()).map(([key, text]) => ({ key, text, good: undefined })),
);

const encode = (pairs: readonly Pair[]) =>
  pairs.map((p) => `${encodeURIComponent(p.key)}=${encodeURIComponent(p.text)}`).join('&');

const validConfig: fc.Arbitrary<ExperimentConfig> = fc
  .array(rowIndex.chain((i) => validValue(PARAMS[i]).map((v) => [PARAMS[i], v] as const)))
  .map((sets) => sets.reduce((c, [row, v]) => setParam(c, row.key, v as never), defaultConfig()));

const isSchemaValid = (c: unknown) => ExperimentConfigSchema.safeParse(c).success;

describe('parseQuery on random input', () => {
  it('never throws and always yields a schema-valid config, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const r = parseQuery(raw);
        expect(isSchemaValid(r.config)).toBe(true);
        for (const n of r.notices) {
          for (const field of [n.key, n.value, n.reason, n.used])
            expect(typeof field).toBe('string');
        }
      }),
      RUNS,
    );
  });

  it('round-trips every valid config through toQuery exactly, without notices', () => {
    fc.assert(
      fc.property(validConfig, (c) => {
        expect(isSchemaValid(c)).toBe(true);
        const back = parseQuery(toQuery(c));
        expect(back.notices).toEqual([]);
        expect(back.config).toEqual(c);
      }),
      RUNS,
    );
  });

  it('gives one notice per unknown or bad key (last occurrence wins) and applies the rest', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const last = new Map(pairs.map((p) => [p.key, p]));
        const r = parseQuery(encode(pairs));
        expect(isSchemaValid(r.config)).toBe(true);
        const expected = [...last.values()].filter((p) => p.good === undefined).map((p) => p.key);
        expect(r.notices.map((n) => n.key).sort()).toEqual(expected.sort());
        for (const row of PARAMS) {
          const p = last.get(row.key);
          const want =
            p && p.good !== undefined
              ? setParam(defaultConfig(), row.key, p.good as never)
              : defaultConfig();
          expect(getParam(r.config, row.key), row.key).toEqual(getParam(want, row.key));
        }
      }),
      RUNS,
    );
  });

  it('keeps injected markup as plain notice text, never as part of the config', () => {
    const attack = '<img src=x onerror=window.__pwned=1>';
    fc.assert(
      fc.property(fc.constantFrom(...PARAMS.map((row) => row.key)), (key) => {
        const r = parseQuery(`${key}=${encodeURIComponent(attack)}`);
        expect(r.notices).toHaveLength(1);
        expect(r.notices[0]).toMatchObject({ key, value: attack });
        expect(JSON.stringify(r.config)).not.toContain('<');
      }),
    );
  });

  it('sanity: the bad arch texts really are refused by the arch validator', () => {
    for (const s of ['', 'mlp:', 'mlp:0', 'rnn:3', 'mlp:1--2', 'mlp:abc'])
      expect(archError(s), s).not.toBeNull();
  });
});
