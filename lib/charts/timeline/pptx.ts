import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { toTimelineInput } from './items';
import { getTimelineNotes } from './notes';
import type { TimelineChartData } from './types';

/**
 * The timeline as shapes: a strip of years with the stages' bands and a dot per event, each stage's
 * events listed under it by date and title, with the number of the note where one has a note
 * (the same numbers as the speaker notes and the page). `t` is the timeline namespace.
 */
export function toTimelinePptx(data: TimelineChartData, locale: Locale, t: Translate): PptxChartContent {
  const { items, stages } = toTimelineInput(data, locale, t);
  const { markers } = getTimelineNotes(items, t);
  const years = items.map((item) => Math.floor(item.time));
  return {
    // Its images' subtitle speaks of marks' shapes and colours, which the slide draws otherwise.
    subtitle: null,
    body: {
      kind: 'timeline',
      timeline: {
        from: Math.min(...years, ...stages.map((stage) => Math.floor(stage.start))),
        to: Math.max(...years),
        stages: stages.map((stage) => ({
          name: stage.name,
          start: stage.start,
          end: stage.end,
          events: items
            .filter((item) => item.stage === stage.id)
            .map((item) => ({ id: item.id, time: item.time, date: item.dateLabel, title: item.title, marker: markers.get(item.id) ?? '' })),
        })),
      },
    },
  };
}
