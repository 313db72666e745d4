import type { ColumnKind } from '../datasets/columns';

/**
 * What spreadsheet users write for numbers and dates, turned into the one form the schemas
 * accept: `240,000` → `240000`, `96%` → `96`, `2002/8/17` and `2002年8月17日` → `2002-08-17`.
 * Returns null when the cell is already in that form or has no such reading.
 */
export function normaliseCell(kind: ColumnKind, raw: string): string | null {
  const text = raw.trim();
  if (kind === 'integer' || kind === 'number' || kind === 'slide') return normaliseNumber(text);
  if (kind === 'date') return normaliseDate(text);
  return null;
}

const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^(-?\d+(?:\.\d+)?)\s*[%％]$/;

function normaliseNumber(text: string): string | null {
  const withoutPercent = PERCENT.exec(text)?.[1] ?? text;
  const plain = GROUPED.test(withoutPercent) ? withoutPercent.replaceAll(',', '') : withoutPercent;
  return plain === text ? null : plain;
}

const SEPARATED_DATE = /^(\d{4})[/.\-年](\d{1,2})(?:[/.\-月](\d{1,2})日?|月)?$/;
const YEAR_ONLY = /^(\d{4})年$/;

function normaliseDate(text: string): string | null {
  const year = YEAR_ONLY.exec(text);
  if (year) return year[1]!;
  const match = SEPARATED_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const result = [y, m!.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  return result === text ? null : result;
}
