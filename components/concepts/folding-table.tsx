import type { ReactNode } from 'react';

export type FoldingTableRow = {
  key: string;
  /** An id for the row, so other pages can link to it. */
  id?: string;
  /** The first cell is the row's heading. */
  cells: ReactNode[];
};

export type FoldingTableProps = {
  caption: string;
  columns: readonly string[];
  rows: readonly FoldingTableRow[];
  className?: string;
};

/**
 * A table of the concepts page: columns on a wide screen; on a phone each row folds into a card,
 * its heading first and every other cell under its column's name (CSS only, `data-label`).
 */
export function FoldingTable({ caption, columns, rows, className }: FoldingTableProps) {
  return (
    <table className={['data-table', 'card-table', 'card-table--stacked', 'concept-table', className].filter(Boolean).join(' ')}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} id={row.id}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" data-label={columns[i]}>
                  {cell}
                </th>
              ) : (
                <td key={i} data-label={columns[i]}>
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
