import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { layoutTimeline } from '@/lib/charts/timeline/layout';
import { layoutTimelineImage } from '@/lib/charts/timeline/layout-image';
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

/** The timeline as an SVG element, for pages, embeds and image export. */
export async function renderTimelineSvg(options: TimelineRenderOptions): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, noteBand, data = getTimelineChartData(), view } = options;
  const t = await getTranslator(locale, 'timeline');
  const input = toTimelineInput(data, locale, t);
  const geometry =
    height !== undefined && minFontSize !== undefined
      ? layoutTimelineImage(input, { width, height, minFontSize, domain: view?.domain })
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
      noteBand={noteBand}
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
