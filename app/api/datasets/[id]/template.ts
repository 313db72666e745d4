import { toCsv } from '@/lib/csv/to-csv';
import { DATASETS, type DatasetId } from '@/lib/datasets/registry';

export const TEMPLATE_HEADERS = ['name', 'zh'] as const;
export type TemplateHeader = (typeof TEMPLATE_HEADERS)[number];

/**
 * A CSV to fill in: the header and the dataset's first two rows as examples. With `zh`
 * headers it uses the Chinese column labels, which the validator maps back to the names.
 */
export function toTemplateCsv(id: DatasetId, rows: readonly Record<string, unknown>[], header: TemplateHeader): string {
  const columns = DATASETS[id].columns;
  const examples = rows.slice(0, 2);
  if (header === 'name') return toCsv(columns, examples);
  const labelled = examples.map((row) => Object.fromEntries(columns.map((column) => [column.label_zh, row[column.name]])));
  return toCsv(
    columns.map((column) => ({ name: column.label_zh })),
    labelled,
  );
}
