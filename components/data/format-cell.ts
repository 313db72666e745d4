import type { ColumnInfo } from '@/lib/datasets/catalogue';
import type { Locale } from '@/lib/i18n/routing';
import { formatNumber } from '@/lib/format';

const NUMERIC_KINDS = new Set(['integer', 'number', 'slide']);

export function isNumericColumn(column: Pick<ColumnInfo, 'kind'>): boolean {
  return NUMERIC_KINDS.has(column.kind);
}

/** A cell as a table shows it: large numbers grouped (60,011,200), years and slides as written, empty as empty. */
export function formatCell(column: Pick<ColumnInfo, 'kind'>, value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && isNumericColumn(column) && Math.abs(value) >= 10_000) return formatNumber(value, locale);
  return String(value);
}
