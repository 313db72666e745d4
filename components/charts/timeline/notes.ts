import type { TimelineItem } from '@/lib/charts/timeline/types';

/** Footnotes from the milestones' notes, numbered in date order, each naming its event. */
export function getTimelineNotes(
  items: readonly TimelineItem[],
  locale: 'zh' | 'en',
): { markers: Map<string, string>; notes: { marker: string; text: string }[] } {
  const markers = new Map<string, string>();
  const notes: { marker: string; text: string }[] = [];
  for (const item of items) {
    if (!item.note) continue;
    const marker = String(notes.length + 1);
    markers.set(item.id, marker);
    notes.push({ marker, text: `${item.dateText} · ${item.title}${locale === 'zh' ? '：' : ': '}${item.note}` });
  }
  return { markers, notes };
}
