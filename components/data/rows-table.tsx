import type { ColumnInfo } from '@/lib/datasets/catalogue';
import { localized } from '@/lib/i18n/localized';
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

/**
 * A dataset's rows as an HTML table, one column per CSV column, headed by the column's name in the
 * page's language (its CSV id in the tooltip: the columns table lists the ids for CSV authors). On a
 * phone each row is a card, each cell labelled with its column. Hook-free, so routes can render it too.
 */
export function RowsTable({ columns, rows, locale, caption, compact = false }: RowsTableProps) {
  const cellClass = (column: ColumnInfo) => (isNumericColumn(column) ? 'num' : `rows-table__${column.kind}`);
  const label = (column: ColumnInfo) => localized(column, 'label', locale);
  return (
    <table className={compact ? 'data-table card-table rows-table rows-table--compact' : 'data-table card-table rows-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.name} scope="col" className={isNumericColumn(column) ? 'num' : undefined} title={column.name}>
              {label(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column, i) => {
              const text = formatCell(column, row[column.name], locale);
              // An empty cell stays empty, so a phone's card leaves out its label (globals.css, .card-table td:empty).
              const content = text === '' ? null : column.kind === 'text' ? <span className="rows-table__prose">{text}</span> : text;
              return i === 0 ? (
                <th key={column.name} scope="row" className={cellClass(column)} data-label={label(column)}>
                  {content}
                </th>
              ) : (
                <td key={column.name} className={cellClass(column)} data-label={label(column)}>
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
