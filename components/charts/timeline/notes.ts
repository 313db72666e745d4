import type { ChartNote } from '@/components/charts/manifest-types';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import type { TimelineChartData, TimelineItem } from '@/lib/charts/timeline/types';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator, type Translate } from '@/lib/i18n/translator';

/** Footnotes from the milestones' notes, numbered in date order, each naming its event. */
export function getTimelineNotes(
  items: readonly TimelineItem[],
  t: Translate,
): { markers: Map<string, string>; notes: { marker: string; text: string }[] } {
  const markers = new Map<string, string>();
  const notes: { marker: string; text: string }[] = [];
  for (const item of items) {
    if (!item.note) continue;
    const marker = String(notes.length + 1);
    markers.set(item.id, marker);
    notes.push({ marker, text: t('noteText', { date: item.dateText, title: item.title, note: item.note }) });
  }
  return { markers, notes };
}

/** What the asterisk on year-only dates means, then the milestones' notes: the chart's footnotes. */
export async function getTimelineChartNotes(data: TimelineChartData, locale: Locale): Promise<ChartNote[]> {
  const t = await getTranslator(locale, 'timeline');
  const { items } = toTimelineInput(data, locale, t);
  return [{ marker: '*', text: t('yearOnlyNote') }, ...getTimelineNotes(items, t).notes];
}
