import Papa from 'papaparse';
import type { Column } from '../datasets/columns';

const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @, a tab or a carriage return,
 * or the full-width ＝ ＋ － ＠ that Excel and others also accept. They are written with a leading `'`.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Rows as a CSV download: a UTF-8 BOM so that Excel reads the Chinese correctly, CRLF line breaks, formulas escaped. */
export function toCsv(columns: readonly Pick<Column, 'name'>[], rows: readonly Record<string, unknown>[]): string {
  const fields = columns.map((column) => column.name);
  const data = rows.map((row) => fields.map((field) => (row[field] === null || row[field] === undefined ? '' : row[field])));
  return BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}
