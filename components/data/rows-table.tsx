import type { ColumnInfo } from '@/lib/datasets/catalogue';
import type { Locale } from '@/lib/i18n/routing';
import { formatCell, isNumericColumn } from './format-cell';

export type RowsTableProps = {
  columns: readonly ColumnInfo[];
  rows: readonly Record<string, unknown>[];
  locale: Locale;
  caption: string;
  /** Clamp long text cells to a few lines (previews). */
  compact?: boolean;
};

/** A dataset's rows as an HTML table, one column per CSV column, headed by the column names. Hook-free, so routes can render it too. */
export function RowsTable({ columns, rows, locale, caption, compact = false }: RowsTableProps) {
  const cellClass = (column: ColumnInfo) => (isNumericColumn(column) ? 'num' : `rows-table__${column.kind}`);
  return (
    <table className={compact ? 'data-table rows-table rows-table--compact' : 'data-table rows-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.name} scope="col" className={isNumericColumn(column) ? 'num' : undefined}>
              <code>{column.name}</code>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column, i) => {
              const text = formatCell(column, row[column.name], locale);
              const content = column.kind === 'text' ? <span className="rows-table__prose">{text}</span> : text;
              return i === 0 ? (
                <th key={column.name} scope="row" className={cellClass(column)}>
                  {content}
                </th>
              ) : (
                <td key={column.name} className={cellClass(column)}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
