import 'server-only';
import type { DeckSlide } from '@/components/present/deck-slide';
import { SLIDE_CHART_WIDTH, TIMELINE_CHART_HEIGHT } from '@/components/present/deck-slide';
import { TimelineSlide } from '@/components/present/timeline-slide';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { getTimelineSlides } from '@/lib/charts/timeline/slides';
import { formatSlideRanges } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { layoutDeckTimeline } from '@/lib/present/timeline-layout';
import { getTimelineChartData } from './data';
import { TimelineChart } from './timeline-chart';

/** The timeline's slide: every milestone drawn, one step each, its title in large type under the chart. */
export async function loadTimelineSlide(locale: Locale): Promise<DeckSlide> {
  const data = getTimelineChartData();
  const t = await getTranslator(locale, 'timeline');
  const input = toTimelineInput(data, locale, t);
  const { items } = input;
  const geometry = layoutDeckTimeline(input, { width: SLIDE_CHART_WIDTH, height: TIMELINE_CHART_HEIGHT, locale });
  const chart = (
    <TimelineChart geometry={geometry} palette={CSS_PALETTE} title={t('chartTitle')} description={describeTimeline(data, locale, t)} />
  );
  const title = t('title');
  const source = t('source', { slides: formatSlideRanges(getTimelineSlides(data), locale) });
  return {
    id: 'timeline',
    title,
    source,
    steps: items.length,
    stepLabels: items.map((item) => item.tip),
    content: <TimelineSlide locale={locale} title={title} source={source} items={items} chart={chart} />,
  };
}
