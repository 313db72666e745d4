import type { ChartNote } from '@/components/charts/manifest-types';
import { getMetricName, getNote, getNoteMarker } from '@/lib/charts/united-states/labels';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

/** Clinton was inaugurated in January 1993: a period the deck starts earlier also covers his predecessor's last year. */
const CLINTON_FIRST_YEAR = 1993;

/**
 * A note on the period where it starts before Clinton took office (the deck's 1992–1996), then a
 * note per figure that has one, lettered in the deck's order and naming its figure.
 */
export async function getUnitedStatesNotes(rows: readonly UsRow[], locale: Locale): Promise<ChartNote[]> {
  const t = await getTranslator(locale, 'unitedStates');
  const start = Math.min(...rows.map((row) => row.period_start));
  const end = Math.max(...rows.map((row) => row.period_end));
  const period: ChartNote[] =
    start < CLINTON_FIRST_YEAR ? [{ marker: '*', text: t('periodNote', { start: String(start), end: String(end) }) }] : [];
  const figures = rows.flatMap((row, index) => {
    const note = getNote(row, locale);
    return note ? [{ marker: getNoteMarker(index), text: t('noteWithMetric', { metric: getMetricName(row, locale), note }) }] : [];
  });
  return [...period, ...figures];
}
