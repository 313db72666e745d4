import type { ReactNode } from 'react';

export type ChartTableColumn = {
  /** The column's heading. */
  label: string;
  /** Figures: right-aligned, in tabular digits. */
  numeric?: boolean;
};

export type ChartTableRow = {
  key: string;
  /** An id for the row, so other pages can link to it. */
  id?: string;
  /** One cell per column; the first is the row's heading. */
  cells: readonly ReactNode[];
};

export type ChartTableProps = {
  caption: string;
  columns: readonly ChartTableColumn[];
  rows: readonly ChartTableRow[];
  /** Classes besides `data-table`. */
  className?: string;
  /** Label each cell with its column's heading (`data-label`), for a table that folds into cards on a phone. */
  labelCells?: boolean;
};

/** A chart's figures as a table: a caption, a heading per column, and a row per item headed by its first cell. */
export function ChartTable({ caption, columns, rows, className, labelCells = false }: ChartTableProps) {
  // Only the attributes a cell has, so the page's payload carries no empty ones.
  const numClass = (i: number) => (columns[i]?.numeric ? { className: 'num' } : {});
  const cellProps = (i: number) => ({ ...numClass(i), ...(labelCells ? { 'data-label': columns[i]?.label } : {}) });
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" {...numClass(i)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...(row.id ? { id: row.id } : {})}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" {...cellProps(i)}>
                  {cell}
                </th>
              ) : (
                <td key={i} {...cellProps(i)}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
