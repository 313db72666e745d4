import 'server-only';
import type { DeckSlide } from '@/components/present/deck-slide';
import { SLIDE_SHAPES, TIMELINE_CHART_HEIGHT, TIMELINE_STAGE_SHAPES } from '@/components/present/deck-slide';
import { TimelineSlide } from '@/components/present/timeline-slide';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import type { TimelineGeometry } from '@/lib/charts/timeline/geometry';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { layoutTimeline } from '@/lib/charts/timeline/layout';
import { layoutTimelineImage } from '@/lib/charts/timeline/layout-image';
import { getTimelineSlides } from '@/lib/charts/timeline/slides';
import { formatSlideRanges } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getTimelineChartData } from './data';
import { TimelineChart } from './timeline-chart';

/**
 * The timeline's slide: milestones revealed one step each, the current one's stage drawn large
 * beside its summary, then the whole chart (in stage columns where the axis has no room) at once.
 */
export async function loadTimelineSlide(locale: Locale): Promise<DeckSlide> {
  const data = getTimelineChartData();
  const t = await getTranslator(locale, 'timeline');
  const tPresent = await getTranslator(locale, 'present.timeline');
  const input = toTimelineInput(data, locale, t);
  const { items } = input;
  const draw = (geometry: TimelineGeometry) => (
    <TimelineChart geometry={geometry} palette={CSS_PALETTE} title={t('chartTitle')} description={describeTimeline(data, locale, t)} />
  );
  const slideChart = (shape: 'wide' | 'square') => {
    const { width, minFontSize } = SLIDE_SHAPES[shape];
    return draw(layoutTimelineImage(input, { width, height: TIMELINE_CHART_HEIGHT[shape], minFontSize }));
  };
  const chart = {
    wide: slideChart('wide'),
    square: slideChart('square'),
    phone: draw(layoutTimeline(input, { width: SLIDE_SHAPES.phone.width, locale })),
  };
  const stageCharts = input.stages.map((stage) => {
    const stageInput = toTimelineInput({ ...data, milestones: data.milestones.filter((row) => row.stage === stage.id) }, locale, t);
    const stageChart = (shape: 'wide' | 'square') =>
      draw(layoutTimelineImage(stageInput, { ...TIMELINE_STAGE_SHAPES[shape], emphasis: true }));
    return { stage: stage.id, chart: { wide: stageChart('wide'), square: stageChart('square') } };
  });
  const title = t('title');
  const source = t('source', { slides: formatSlideRanges(getTimelineSlides(data), locale) });
  const allShown = tPresent('allShown', { count: items.length });
  return {
    id: 'timeline',
    title,
    source,
    steps: items.length + 1,
    stepLabels: [...items.map((item) => item.tip), allShown],
    content: (
      <TimelineSlide
        locale={locale}
        title={title}
        source={source}
        items={items}
        chart={chart}
        stageCharts={stageCharts}
        allShown={allShown}
      />
    ),
  };
}
