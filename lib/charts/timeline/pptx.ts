import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { TIMELINE_DOMAIN } from './dates';
import { isFullDomain, isInWindow } from './explorer/zoom';
import { toTimelineInput } from './items';
import { getTimelineNotes } from './notes';
import type { TimelineChartData } from './types';
import { getTimelineView } from './view';

/**
 * The timeline as shapes: a strip of years with the stages' bands and a dot per event, each stage's
 * events listed under it by date and title, with the number of the note where one has a note
 * (the same numbers as the speaker notes and the page). `t` is the timeline namespace. `query`: a
 * view of its page (`stage`, `category`, `q`, `from`, `to`), whose events and years the slide then
 * shows, as the view's images do; a stage with none of them is left out.
 */
export function toTimelinePptx(data: TimelineChartData, locale: Locale, t: Translate, query?: URLSearchParams): PptxChartContent {
  const view = query ? getTimelineView(data, query) : null;
  const input = toTimelineInput(view?.data ?? data, locale, t);
  const items = view ? input.items.filter((item) => isInWindow(item.time, view.domain)) : input.items;
  const { markers } = getTimelineNotes(input.items, t);
  const years = items.map((item) => Math.floor(item.time));
  const shown = input.stages
    .map((stage, rank) => ({ stage, rank }))
    .filter(({ stage }) => !view || items.some((item) => item.stage === stage.id));
  // A close-up's strip spans its window's years; otherwise the years its events and stages span.
  const closeUp = view !== null && !isFullDomain(view.domain);
  const first = closeUp ? Math.floor(view.domain[0]) : Math.min(...years, ...shown.map(({ stage }) => Math.floor(stage.start)));
  const last = closeUp ? Math.ceil(view.domain[1]) - 1 : Math.max(...years);
  return {
    // Its images' subtitle speaks of marks' shapes and colours, which the slide draws otherwise.
    subtitle: null,
    body: {
      kind: 'timeline',
      timeline: {
        // A filter that leaves no event still gets the whole strip.
        from: Number.isFinite(first) ? first : Math.floor(TIMELINE_DOMAIN[0]),
        to: Number.isFinite(last) ? last : Math.ceil(TIMELINE_DOMAIN[1]) - 1,
        stages: shown.map(({ stage, rank }) => ({
          name: stage.name,
          rank,
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
