import 'server-only';
import type { ReactNode } from 'react';
import { getTimelineChartData } from '@/components/charts/timeline/data';
import { TimelineChart } from '@/components/charts/timeline/timeline-chart';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { formatSlideRanges, getTimelineSlides } from '@/lib/charts/timeline/slides';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { SLIDE_IDS, type SlideId } from '@/lib/present/deck';
import { layoutDeckTimeline } from '@/lib/present/timeline-layout';
import { ChartSlide } from './chart-slide';
import { DECK_CHARTS, type DeckChart } from './deck-charts';
import { SourcesSlide } from './sources-slide';
import { StagesSlide } from './stages-slide';
import { TimelineSlide } from './timeline-slide';
import { TitleSlide } from './title-slide';

/** A slide ready for the controller: its title, its steps and its server-rendered content. */
export type DeckSlide = {
  id: SlideId;
  title: string;
  /** The slides of the lecture deck it comes from, listed on the sources slide. */
  source?: string;
  steps: number;
  stepLabels?: string[];
  content: ReactNode;
};

/** Every slide is laid out for a 16:9 screen in these viewBox units. */
export const SLIDE_CHART_WIDTH = 1600;
export const SLIDE_CHART_HEIGHT = 700;
export const TIMELINE_CHART_HEIGHT = 460;

type ChartText = { title: string; subtitle: string; source: string };

async function loadChartText(chart: DeckChart, locale: Locale): Promise<ChartText> {
  const t = await getTranslator(locale, chart.namespace);
  const slides = chart.datasets.flatMap((id) => loadRows(id).map((row) => row.source_slide));
  return { title: t('title'), subtitle: t('subtitle'), source: t('source', { slides: formatSlideRanges(slides, locale) }) };
}

async function loadChartSlide(id: SlideId, chart: DeckChart, locale: Locale): Promise<DeckSlide> {
  const text = await loadChartText(chart, locale);
  const t = await getTranslator(locale, 'present');
  const svg = await chart.render({ locale, palette: CSS_PALETTE, width: SLIDE_CHART_WIDTH, height: SLIDE_CHART_HEIGHT });
  const notes = { label: t('chartNotes'), path: `/${locale}/${id}` };
  return { id, title: text.title, source: text.source, steps: 1, content: <ChartSlide {...text} notes={notes} chart={svg} /> };
}

async function loadTimelineSlide(locale: Locale): Promise<DeckSlide> {
  const data = getTimelineChartData();
  const t = await getTranslator(locale, 'timeline');
  const input = toTimelineInput(data, locale, t);
  const { items } = input;
  const geometry = layoutDeckTimeline(input, { width: SLIDE_CHART_WIDTH, height: TIMELINE_CHART_HEIGHT, locale });
  const chart = (
    <TimelineChart geometry={geometry} palette={CSS_PALETTE} title={t('chartTitle')} description={describeTimeline(data, locale)} />
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

/** The whole deck in lecture order, every slide's SVG rendered here so it works offline once loaded. */
export async function loadDeckSlides(locale: Locale): Promise<DeckSlide[]> {
  const t = await getTranslator(locale, 'present');
  const stages = loadRows('stages');
  const stagesSource = t('sources.stages', {
    slides: formatSlideRanges(
      stages.map((stage) => stage.source_slide),
      locale,
    ),
  });
  const lecture = await Promise.all(
    SLIDE_IDS.filter((id) => id !== 'sources').map(async (id): Promise<DeckSlide> => {
      const chart = DECK_CHARTS[id];
      if (chart) return loadChartSlide(id, chart, locale);
      if (id === 'timeline') return loadTimelineSlide(locale);
      if (id === 'stages') {
        const content = <StagesSlide locale={locale} stages={stages} />;
        return { id, title: t('stages.heading'), source: stagesSource, steps: 1, content };
      }
      return { id, title: t('titleSlide.heading'), steps: 1, content: <TitleSlide locale={locale} /> };
    }),
  );
  const parts = lecture.flatMap((slide) => (slide.source ? [{ title: slide.title, source: slide.source }] : []));
  const sources: DeckSlide = {
    id: 'sources',
    title: t('sources.heading'),
    steps: 1,
    content: <SourcesSlide locale={locale} parts={parts} />,
  };
  return [...lecture, sources];
}
