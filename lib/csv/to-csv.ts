import Papa from 'papaparse';
import type { Column } from '../datasets/columns';

const BOM = '\uFEFF';

/**
 * Rows as a CSV download: a UTF-8 BOM so that Excel reads the Chinese correctly, CRLF line
 * breaks, and cells that a spreadsheet would run as a formula (=, +, -, @) escaped.
 */
export function toCsv(columns: readonly Pick<Column, 'name'>[], rows: readonly Record<string, unknown>[]): string {
  const fields = columns.map((column) => column.name);
  const data = rows.map((row) => fields.map((field) => (row[field] === null || row[field] === undefined ? '' : row[field])));
  return BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ }) + '\r\n';
}
