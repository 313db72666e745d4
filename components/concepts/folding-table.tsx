import { ChartTable, type ChartTableRow } from '@/components/charts/chart-table';

export type FoldingTableRow = ChartTableRow;

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
    <ChartTable
      caption={caption}
      columns={columns.map((label) => ({ label }))}
      rows={rows}
      className={['card-table', 'card-table--stacked', 'concept-table', className].filter(Boolean).join(' ')}
      labelCells
    />
  );
}
