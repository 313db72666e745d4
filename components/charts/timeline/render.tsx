import type { ReactElement } from 'react';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { layoutTimeline } from '@/lib/charts/timeline/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import { getTranslator } from '@/lib/i18n/translator';
import { getTimelineChartData, type TimelineChartData } from './data';
import { TimelineChart } from './timeline-chart';

/** The timeline as an SVG element, for pages, embeds and image export. */
export async function renderTimelineSvg(options: ChartRenderOptions<TimelineChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, background, data = getTimelineChartData() } = options;
  const t = await getTranslator(locale, 'timeline');
  const geometry = layoutTimeline(toTimelineInput(data, locale, t), { width, height, locale });
  return <TimelineChart geometry={geometry} palette={palette} title={t('chartTitle')} description={describeTimeline(data, locale)} background={background} />;
}
