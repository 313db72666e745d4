import type { Column } from '../datasets/columns';
import type { DatasetDefinition } from '../datasets/define-dataset';
import { isProblemCode, type Problem } from '../datasets/problems';
import { normaliseCell } from './normalise-cell';
import { ProblemList } from './problem-list';
import { readCsvRecords } from './read-records';
import type { WorkMeter } from './work-meter';

export type CsvValidation<Row> = {
  rows: Row[];
  /** Problems that make rows unusable (the first `listed`). */
  errors: Problem[];
  /** Cells read in a form other than the canonical one, or columns ignored (the first `listed`). */
  warnings: Problem[];
  /** Errors and warnings found, listed or not. */
  totals: { errors: number; warnings: number };
  /** More records than `maxRecords` followed; they were not read. */
  tooManyRecords: boolean;
};

export type ValidateOptions = {
  /** Records read at most below the header. */
  maxRecords?: number;
  /** Errors and warnings listed at most, each; the rest are only counted. */
  listed?: number;
  meter?: WorkMeter;
};

const headerKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Maps each header cell to a column, by its name or either label (Chinese headers from Excel). */
function matchHeader(header: string[], columns: readonly Column[]) {
  const byKey = new Map<string, Column>();
  for (const column of columns) {
    for (const key of [column.name, column.label_zh, column.label_en]) byKey.set(headerKey(key), column);
  }
  // Each distinct cell is looked up once: a hostile header may repeat one cell a million times.
  const byCell = new Map<string, Column | null>();
  return header.map((cell) => {
    let column = byCell.get(cell);
    if (column === undefined) byCell.set(cell, (column = byKey.get(headerKey(cell)) ?? null));
    return column;
  });
}

/** Parses CSV text against a dataset's schema: rows that pass, and every problem with its line and column. */
export function validateCsv<Row>(text: string, dataset: DatasetDefinition<Row>, options: ValidateOptions = {}): CsvValidation<Row> {
  const { header, records, problems, truncated } = readCsvRecords(text, { maxRecords: options.maxRecords, meter: options.meter });
  const errors = new ProblemList(options.listed);
  const warnings = new ProblemList(options.listed);
  const rows: Row[] = [];
  let steps = header.length;
  const answer = (): CsvValidation<Row> => {
    if (options.meter) options.meter.steps += steps;
    const totals = { errors: errors.total, warnings: warnings.total };
    return { rows, errors: errors.listed, warnings: warnings.listed, totals, tooManyRecords: truncated };
  };
  errors.addAll(problems);
  if (header.length === 0) return answer();

  const matched = matchHeader(header, dataset.columns);
  const present = new Set(matched);
  const allowed = dataset.columns.map((c) => c.name);
  matched.forEach((column, i) => {
    if (!column && header[i] !== '') warnings.add(1, header[i]!, 'unknown_column', { value: header[i], allowed });
  });
  const missing = dataset.columns.filter((column) => column.required && !present.has(column));
  for (const column of missing) errors.add(1, column.name, 'missing_column', { value: column.name });
  if (missing.length > 0 || problems.some((p) => p.line === 1)) return answer();
  if (records.length === 0) {
    errors.add(0, null, 'no_rows');
    return answer();
  }

  const seenKeys = new Map<string, number>();
  for (const record of records) {
    steps += 1;
    if (record.fields.length !== header.length) {
      const code = record.fields.length < header.length ? 'too_few_fields' : 'too_many_fields';
      errors.add(record.line, null, code, { expected: header.length, actual: record.fields.length });
      continue;
    }
    const cells: Record<string, string> = Object.fromEntries(dataset.columns.map((c) => [c.name, '']));
    matched.forEach((column, i) => {
      steps += 1;
      if (!column) return;
      const raw = record.fields[i]!;
      steps += raw.length;
      const normalised = normaliseCell(column.kind, raw);
      if (normalised !== null) warnings.add(record.line, column.name, 'normalised', { value: raw, normalised });
      cells[column.name] = normalised ?? raw;
    });
    const result = dataset.schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '') || null;
        const params = (Object.hasOwn(issue, 'params') ? (issue as { params?: object }).params : undefined) ?? {};
        const code = isProblemCode(issue.message) ? issue.message : 'not_one_of';
        errors.add(record.line, column, code, { value: column !== null && Object.hasOwn(cells, column) ? cells[column] : '', ...params });
      }
      continue;
    }
    const key = dataset.key.map((name) => String((result.data as Record<string, unknown>)[name])).join(' / ');
    if (seenKeys.has(key)) {
      errors.add(record.line, dataset.key.join(', '), 'duplicate', { value: key });
      continue;
    }
    seenKeys.set(key, record.line);
    rows.push(result.data);
  }
  return answer();
}
