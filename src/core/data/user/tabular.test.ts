import { describe, expect, it } from 'vitest';
import { parseCsv, tabularFeatures } from './tabular';

const table = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.table;
};

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and newlines inside (Windows line ends)', () => {
    const t = table('name,note,label\r\n"Kim, J.","said ""hi""\nthen left",a\r\nLee,plain,b\r\n');
    expect(t.header).toEqual(['name', 'note', 'label']);
    expect(t.rows).toEqual([
      ['Kim, J.', 'said "hi"\nthen left', 'a'],
      ['Lee', 'plain', 'b'],
    ]);
  });

  it('names every ragged row with its field count', () => {
    const parsed = parseCsv('a,b,label\n1,2,x\n3,y\n4,5,6,z\n');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { code: 'ragged', row: 3, fields: 2, expected: 3 },
        { code: 'ragged', row: 4, fields: 4, expected: 3 },
      ],
    });
  });

  it('calls a header without rows empty', () => {
    expect(parseCsv('a,b\n')).toEqual({ ok: false, problems: [{ code: 'empty-csv' }] });
  });
});

describe('tabularFeatures', () => {
  it('standardises numbers, fills a missing one with the mean and reports it', () => {
    const r = tabularFeatures(table('x,label\n1,a\n3,b\n,a\n5,b\n'), 'label');
    if (!r.ok) throw new Error('failed');
    const { features, columns, labels, classNames } = r.value;
    // mean 3, population std sqrt(8/3); the missing row sits at the mean → 0.
    const s = Math.sqrt(8 / 3);
    expect([...features]).toEqual([(1 - 3) / s, 0, 0, (5 - 3) / s].map(Math.fround));
    expect(columns).toEqual([{ name: 'x', kind: 'numeric', missing: 1, mean: 3, std: s }]);
    expect(classNames).toEqual(['a', 'b']);
    expect([...labels]).toEqual([0, 1, 0, 1]);
  });

  it('one-hot codes a categorical column, missing values as their own category', () => {
    const r = tabularFeatures(table('colour,size,y\nred,1,0\nblue,2,1\nNA,3,0\nred,4,1\n'), 'y');
    if (!r.ok) throw new Error('failed');
    const { featureNames, features, columns } = r.value;
    expect(featureNames).toEqual(['colour=(missing)', 'colour=blue', 'colour=red', 'size']);
    expect(columns[0]).toEqual({
      name: 'colour',
      kind: 'categorical',
      missing: 1,
      categories: ['(missing)', 'blue', 'red'],
    });
    expect([...features.subarray(0, 3)]).toEqual([0, 0, 1]);
    expect([...features.subarray(8, 11)]).toEqual([1, 0, 0]);
  });

  it('defaults to the last column, and sorts whole-number labels as numbers', () => {
    const r = tabularFeatures(table('a,cls\n1,10\n2,9\n3,10\n'), '');
    if (!r.ok) throw new Error('failed');
    expect(r.value.labelColumn).toBe('cls');
    expect(r.value.classNames).toEqual(['9', '10']);
  });

  it('names a missing label, a stray non-numeric label and an unknown label column', () => {
    expect(tabularFeatures(table('a,y\n1,0\n2,\n3,1\n4,x\n'), 'y')).toEqual({
      ok: false,
      problems: [
        { code: 'missing-label', row: 3 },
        { code: 'non-numeric-label', row: 5, value: 'x' },
      ],
    });
    expect(tabularFeatures(table('a,y\n1,0\n'), 'z')).toEqual({
      ok: false,
      problems: [{ code: 'no-label-column', column: 'z', columns: ['a', 'y'] }],
    });
  });
});
