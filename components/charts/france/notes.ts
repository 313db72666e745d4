import 'server-only';
import type { ChartNote } from '@/components/charts/manifest-types';
import { toFranceFigures } from '@/lib/charts/france/figures';
import type { FranceRow } from '@/lib/datasets/france-internet';
import { loadRows } from '@/lib/datasets/load';
import { formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

/** The years of the deck's France figures, as ITU measured them (the deck gives no year; its sources are of 2002–2003). */
const ITU_YEARS = [2002, 2003] as const;

/** What ITU gives for France in 2002–2003, from internet-users, to set beside the deck's stated penetration; null where it has no such rows. */
async function getItuComparison(locale: Locale): Promise<string | null> {
  const rows = loadRows('internet-users').filter((row) => row.code === 'FRA');
  const [first, second] = ITU_YEARS.map((year) => rows.find((row) => row.year === year)?.internet_users_pct);
  if (first === undefined || second === undefined) return null;
  const t = await getTranslator(locale, 'france');
  return t('itu', {
    first: formatPercent(first, locale, 1),
    firstYear: String(ITU_YEARS[0]),
    second: formatPercent(second, locale, 1),
    secondYear: String(ITU_YEARS[1]),
  });
}

/** The figures' notes, numbered in row order; the stated penetration's note also gives what ITU measured. */
export async function getFranceNotes(rows: readonly FranceRow[], locale: Locale): Promise<ChartNote[]> {
  const itu = await getItuComparison(locale);
  return toFranceFigures(rows, locale).notes.map(({ metricId, marker, text }) => ({
    marker,
    text: metricId === 'internet-penetration' && itu ? `${text}${locale === 'zh' ? '' : ' '}${itu}` : text,
  }));
}
