import type { Column } from '../datasets/columns';
import type { DatasetDefinition } from '../datasets/define-dataset';
import { isProblemCode, toProblem, type Problem } from '../datasets/problems';
import { normaliseCell } from './normalise-cell';
import { readCsvRecords } from './read-records';

export type CsvValidation<Row> = {
  rows: Row[];
  /** Problems that make rows unusable. */
  errors: Problem[];
  /** Cells read in a form other than the canonical one, or columns ignored. */
  warnings: Problem[];
};

const headerKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Maps each header cell to a column, by its name or either label (Chinese headers from Excel). */
function matchHeader(header: string[], columns: readonly Column[]) {
  const byKey = new Map<string, Column>();
  for (const column of columns) {
    for (const key of [column.name, column.label_zh, column.label_en]) byKey.set(headerKey(key), column);
  }
  return header.map((cell) => byKey.get(headerKey(cell)) ?? null);
}

/** Parses CSV text against a dataset's schema: rows that pass, and every problem with its line and column. */
export function validateCsv<Row>(text: string, dataset: DatasetDefinition<Row>): CsvValidation<Row> {
  const { header, records, problems } = readCsvRecords(text);
  const errors: Problem[] = [...problems];
  const warnings: Problem[] = [];
  if (header.length === 0) return { rows: [], errors, warnings };

  const matched = matchHeader(header, dataset.columns);
  matched.forEach((column, i) => {
    if (!column && header[i] !== '') {
      warnings.push(toProblem(1, header[i]!, 'unknown_column', { value: header[i], allowed: dataset.columns.map((c) => c.name) }));
    }
  });
  for (const column of dataset.columns) {
    if (matched.includes(column)) continue;
    if (column.required) errors.push(toProblem(1, column.name, 'missing_column', { value: column.name }));
  }
  if (errors.some((e) => e.line === 1)) return { rows: [], errors, warnings };
  if (records.length === 0) return { rows: [], errors: [...errors, toProblem(0, null, 'no_rows')], warnings };

  const rows: Row[] = [];
  const seenKeys = new Map<string, number>();
  for (const record of records) {
    if (record.fields.length !== header.length) {
      const code = record.fields.length < header.length ? 'too_few_fields' : 'too_many_fields';
      errors.push(toProblem(record.line, null, code, { expected: header.length, actual: record.fields.length }));
      continue;
    }
    const cells: Record<string, string> = Object.fromEntries(dataset.columns.map((c) => [c.name, '']));
    matched.forEach((column, i) => {
      if (!column) return;
      const raw = record.fields[i]!;
      const normalised = normaliseCell(column.kind, raw);
      if (normalised !== null) warnings.push(toProblem(record.line, column.name, 'normalised', { value: raw, normalised }));
      cells[column.name] = normalised ?? raw;
    });
    const result = dataset.schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '') || null;
        const params = ('params' in issue ? issue.params : undefined) ?? {};
        const code = isProblemCode(issue.message) ? issue.message : 'not_one_of';
        errors.push(toProblem(record.line, column, code, { value: cells[column ?? ''], ...params }));
      }
      continue;
    }
    const key = dataset.key.map((name) => String((result.data as Record<string, unknown>)[name])).join(' / ');
    if (seenKeys.has(key)) {
      errors.push(toProblem(record.line, dataset.key.join(', '), 'duplicate', { value: key }));
      continue;
    }
    seenKeys.set(key, record.line);
    rows.push(result.data);
  }
  return { rows, errors, warnings };
}
