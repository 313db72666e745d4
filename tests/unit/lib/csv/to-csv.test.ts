import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toCsv } from '@/lib/csv/to-csv';

describe('toCsv(columns, rows)', () => {
  const columns = [{ name: 'name' }, { name: 'value' }];

  test('starts with a BOM, quotes commas and writes null as empty', () => {
    const csv = toCsv(columns, [{ name: '金桥, 金关', value: null }]);
    expect(csv.startsWith('\uFEFFname,value\r\n')).toBe(true);
    expect(csv).toContain('"金桥, 金关",\r\n');
  });

  test('escapes cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(columns, [
      { name: '=HYPERLINK("x")', value: 1 },
      { name: '+1', value: 2 },
      { name: '-1', value: 3 },
      { name: '@SUM(A1)', value: 4 },
    ]);
    const names = Papa.parse<string[]>(csv.slice(1).trim())
      .data.slice(1)
      .map((r) => r[0]);
    expect(names).toEqual([`'=HYPERLINK("x")`, "'+1", "'-1", "'@SUM(A1)"]);
  });

  test('escapes the full-width ＝ ＋ － ＠ that spreadsheets also run as formulas, and nothing else', () => {
    const cells = ['＝HYPERLINK("x")', '＋1', '－1', '＠SUM(A1)', '中文＝', '1－2'];
    const csv = toCsv(
      columns,
      cells.map((name, value) => ({ name, value })),
    );
    const names = Papa.parse<string[]>(csv.slice(1).trim())
      .data.slice(1)
      .map((r) => r[0]);
    expect(names).toEqual([`'＝HYPERLINK("x")`, "'＋1", "'－1", "'＠SUM(A1)", '中文＝', '1－2']);
  });
});
