import type { ChartNote } from '@/components/charts/manifest-types';
import { getMetricName, getNote, getNoteMarker } from '@/lib/charts/united-states/labels';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

/** A note per figure that has one, lettered in the deck's order and naming its figure. */
export async function getUnitedStatesNotes(rows: readonly UsRow[], locale: Locale): Promise<ChartNote[]> {
  const t = await getTranslator(locale, 'unitedStates');
  return rows.flatMap((row, index) => {
    const note = getNote(row, locale);
    return note ? [{ marker: getNoteMarker(index), text: t('noteWithMetric', { metric: getMetricName(row, locale), note }) }] : [];
  });
}
