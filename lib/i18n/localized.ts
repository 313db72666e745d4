import type { Locale } from './routing';

/**
 * A bilingual column pair read in one language: `localized(row, 'level', 'en')` is `row.level_en`.
 * Rows keep both columns (they are the CSV); what draws or shows them picks one here.
 */
export function localized<Field extends string, Row extends Record<`${Field}_${Locale}`, unknown>>(
  row: Row,
  field: Field,
  locale: Locale,
): Row[`${Field}_zh`] | Row[`${Field}_en`] {
  return row[`${field}_${locale}`];
}
