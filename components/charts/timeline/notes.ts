import type { ChartNote } from '@/components/charts/manifest-types';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { getTimelineNotes } from '@/lib/charts/timeline/notes';
import type { TimelineChartData } from '@/lib/charts/timeline/types';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

/** What the asterisk on year-only dates means, then the milestones' notes: the chart's footnotes. */
export async function getTimelineChartNotes(data: TimelineChartData, locale: Locale): Promise<ChartNote[]> {
  const t = await getTranslator(locale, 'timeline');
  const { items } = toTimelineInput(data, locale, t);
  return [{ marker: '*', text: t('yearOnlyNote') }, ...getTimelineNotes(items, t).notes];
}
