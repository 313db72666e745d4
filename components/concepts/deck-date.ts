import type { Translate } from '@/lib/i18n/translate';

/** A `YYYY` or `YYYY-MM` date as the page's language writes it, through `concepts.date.*`. */
export function formatDeckDate(date: string, t: Translate): string {
  const [year, month] = date.split('-').map(Number);
  return month === undefined ? t('date.year', { year: year ?? 0 }) : t('date.month', { year: year ?? 0, month });
}
