import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { layoutTimeline } from '@/lib/charts/timeline/layout';
import { getNoteRoom } from '@/lib/charts/annotation/layout';
import type { TimelineGeometry } from '@/lib/charts/timeline/geometry';
import { layoutTimelineImage, type TimelineImageOptions } from '@/lib/charts/timeline/layout-image';
import type { TimelineInput } from '@/lib/charts/timeline/types';
import type { TimelineView } from '@/lib/charts/timeline/view';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getTimelineChartData, type TimelineChartData } from './data';
import { TimelineChart } from './timeline-chart';

export type TimelineRenderOptions = ChartRenderOptions<TimelineChartData> & {
  /** A view of the page (zoom window, open and matched milestones); `data` then holds its rows. */
  view?: Omit<TimelineView, 'data'>;
};

/**
 * An image's layout that leaves room under the milestones for a note: an image fills its height with
 * them, so a long note would find no place that covers no year or event label. Where the layout
 * cannot give up that room, it is drawn as it would be without the note.
 */
function layoutImageWithNote(input: TimelineInput, options: TimelineImageOptions, note: string | undefined): TimelineGeometry {
  const full = layoutTimelineImage(input, options);
  if (!note) return full;
  const room = getNoteRoom(note, { width: options.width, fontSize: full.fontSize });
  const height = options.height - room;
  const shorter = layoutTimelineImage(input, { ...options, height });
  return shorter.height <= height ? { ...shorter, height: options.height } : full;
}

/** The timeline as an SVG element, for pages, embeds and image export. */
export async function renderTimelineSvg(options: TimelineRenderOptions): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, data = getTimelineChartData(), view } = options;
  const t = await getTranslator(locale, 'timeline');
  const input = toTimelineInput(data, locale, t);
  const geometry =
    height !== undefined && minFontSize !== undefined
      ? layoutImageWithNote(input, { width, height, minFontSize, domain: view?.domain }, annotation?.note)
      : layoutTimeline(input, { width, height, locale, domain: view?.domain });
  return (
    <TimelineChart
      geometry={geometry}
      palette={palette}
      title={t('chartTitle')}
      description={describeTimeline(data, locale, t)}
      background={background}
      selectedId={view?.selectedId}
      matchIds={view?.matchIds}
      annotation={annotation}
    />
  );
}

/** What the chart shows, in the words of its description: speaker notes and the chart's <desc>. */
export async function describeTimelineChart(data: TimelineChartData, locale: Locale): Promise<string> {
  return describeTimeline(data, locale, await getTranslator(locale, 'timeline'));
}

/** Each milestone, in date order, which an annotation may highlight. */
export async function getTimelineMarks(data: TimelineChartData, locale: Locale): Promise<ChartMark[]> {
  const { items } = toTimelineInput(data, locale, await getTranslator(locale, 'timeline'));
  return items.map((item) => ({ id: item.id, label: `${item.dateText} ${item.title}` }));
}
