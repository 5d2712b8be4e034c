import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../src/core/config/params';
import { BEGIN, configTable, DOC_PATH, END, withTable } from './configDoc';

describe('docs/CONFIG.md', () => {
  it('lists every PARAMS key exactly as the table says (run `npm run docs:config` after a change)', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    expect(doc).toBe(withTable(doc, configTable()));
  });

  it('has one row per key, with range and default', () => {
    const table = configTable();
    for (const row of PARAMS) expect(table).toContain(`| \`${row.key}\` |`);
    expect(table).toContain('| `quant.bits` | int, one of 1, 2, 3, 4, 5, 6, 7, 8, 32 | `32` |');
    expect(table.split('\n')).toHaveLength(PARAMS.length + 2);
  });

  it('replaces only the block between the markers', () => {
    const doc = `intro\n${BEGIN}\nold\n${END}\noutro\n`;
    expect(withTable(doc, 'new')).toBe(`intro\n${BEGIN}\nnew\n${END}\noutro\n`);
    expect(() => withTable('no markers', 'x')).toThrow(/markers/);
  });
});
