import type { Translate } from '@/lib/i18n/translator';
import type { TimelineItem } from './types';

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
