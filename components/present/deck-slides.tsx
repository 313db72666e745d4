import 'server-only';
import { loadChartText } from '@/components/charts/chart-text';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { readAnnotation, type Annotation, type AnnotationQuery } from '@/lib/charts/annotation/annotation';
import { formatSlideRanges } from '@/lib/format';
import { getSlideChartHeight } from '@/lib/present/slide-chart-box';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ChartSlide } from './chart-slide';
import { DECK_CHARTS } from './deck-charts';
import { SLIDE_SHAPES, type DeckSlide } from './deck-slide';
import { SourcesSlide } from './sources-slide';
import { getChartSpeakerNotes, getMessageSpeakerNotes, getStagesSpeakerNotes } from './speaker-notes';
import { StagesSlide } from './stages-slide';
import { TitleSlide } from './title-slide';

export type { DeckSlide };

async function loadChartSlide(chart: AnyChartManifest, locale: Locale, annotate?: AnnotationQuery): Promise<DeckSlide> {
  const [slide, speakerNotes] = await Promise.all([drawChartSlide(chart, locale, annotate), getChartSpeakerNotes(chart, locale)]);
  return { ...slide, speakerNotes: slide.stepNotes ? { ...speakerNotes, steps: slide.stepNotes } : speakerNotes };
}

/** The annotation a presentation URL asks of this chart: only the chart whose marks it highlights takes it (and its note). */
async function getSlideAnnotation(chart: AnyChartManifest, locale: Locale, query?: AnnotationQuery): Promise<Annotation | null> {
  if (!query?.highlight || !chart.getMarks) return null;
  const annotation = readAnnotation(query, await chart.getMarks(chart.getData(CHART_MANIFESTS), locale));
  return annotation && annotation.highlight.length > 0 ? annotation : null;
}

async function drawChartSlide(chart: AnyChartManifest, locale: Locale, query?: AnnotationQuery): Promise<DeckSlide> {
  const annotation = await getSlideAnnotation(chart, locale, query);
  if (chart.presentation?.loadSlide) return chart.presentation.loadSlide(locale, annotation);
  const text = await loadChartText(chart, locale);
  const t = await getTranslator(locale, 'present');
  const draw = (options: { width: number; height?: number; minFontSize?: number }) =>
    chart.render({ locale, palette: CSS_PALETTE, ...options, annotation }, CHART_MANIFESTS);
  const notes = { label: t('chartNotes'), path: `/${locale}${chart.route}` };
  // The chart as tall as the slide's text leaves it, so it is drawn at the slide's full width.
  const slideText = { ...text, source: `${text.source} · ${notes.label} ${notes.path}` };
  const projected = (shape: 'wide' | 'square') => ({
    ...SLIDE_SHAPES[shape],
    height: getSlideChartHeight(shape, SLIDE_SHAPES[shape].width, slideText),
  });
  const [wide, square, phone] = await Promise.all([draw(projected('wide')), draw(projected('square')), draw(SLIDE_SHAPES.phone)]);
  return {
    id: chart.id,
    title: text.title,
    source: text.source,
    steps: 1,
    content: <ChartSlide {...text} notes={notes} chart={{ wide, square, phone }} />,
  };
}

/**
 * The whole deck in lecture order, every slide's SVG rendered here so it works offline once loaded.
 * `annotate`: a presentation URL's highlight and note, drawn on the chart slide whose marks it names.
 */
export async function loadDeckSlides(locale: Locale, annotate?: AnnotationQuery): Promise<DeckSlide[]> {
  const t = await getTranslator(locale, 'present');
  const stages = loadRows('stages');
  const stagesSource = t('sources.stages', {
    slides: formatSlideRanges(
      stages.map((stage) => stage.source_slide),
      locale,
    ),
  });
  const lecture = await Promise.all(
    ['title', 'stages', ...DECK_CHARTS].map(async (slide): Promise<DeckSlide> => {
      if (typeof slide !== 'string') return loadChartSlide(slide, locale, annotate);
      if (slide === 'stages') {
        const content = <StagesSlide locale={locale} stages={stages} />;
        const speakerNotes = await getStagesSpeakerNotes(stages, stagesSource, locale);
        return { id: slide, title: t('stages.heading'), source: stagesSource, steps: 1, content, speakerNotes };
      }
      const speakerNotes = await getMessageSpeakerNotes('title', locale);
      return { id: slide, title: t('titleSlide.heading'), steps: 1, content: <TitleSlide locale={locale} />, speakerNotes };
    }),
  );
  const parts = lecture.flatMap((slide) => (slide.source ? [{ title: slide.title, source: slide.source }] : []));
  const sources: DeckSlide = {
    id: 'sources',
    title: t('sources.heading'),
    steps: 1,
    content: <SourcesSlide locale={locale} parts={parts} />,
    speakerNotes: await getMessageSpeakerNotes('sources', locale),
  };
  return [...lecture, sources];
}
