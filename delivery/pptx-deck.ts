import 'server-only';
import { loadChartText } from '@/components/charts/chart-text';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import { DECK_CHARTS } from '@/components/present/deck-charts';
import { getChartSpeakerNotes, getMessageSpeakerNotes, getStagesSpeakerNotes } from '@/components/present/speaker-notes';
import { loadRows } from '@/lib/datasets/load';
import { formatSlideRanges } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { toChartSlide, toClosingSlide, toStagesSlide, toTitleSlide } from '@/lib/pptx/slides';
import type { PptxContentOptions, PptxDeck, PptxSlide } from '@/lib/pptx/types';
import { toSpeakerNotesText, type SpeakerNotes } from '@/lib/present/speaker-notes';

/** The charts that have a PowerPoint slide, in the chart list's order. */
export function getPptxCharts(): AnyChartManifest[] {
  return CHART_MANIFESTS.filter((chart: AnyChartManifest) => chart.pptx);
}

/** Speaker notes as the slide's notes: the presenter view's, word for word. */
async function toNotesText(notes: Promise<SpeakerNotes>, locale: Locale): Promise<string> {
  const [speaker, t] = await Promise.all([notes, getTranslator(locale, 'present.speaker')]);
  return toSpeakerNotesText(speaker, t('notesHeading'));
}

/**
 * A chart's slide from the current data (DATA_DIR's when set): its content, title, source and notes.
 * `options.view`: a view of its page, which its subtitle and notes then describe, as its images do;
 * `options.annotation`: marks to highlight and a note, checked against the chart's marks.
 */
export async function loadChartPptxSlide(chart: AnyChartManifest, locale: Locale, options: PptxContentOptions = {}): Promise<PptxSlide> {
  const data = chart.getData(CHART_MANIFESTS);
  const { view } = options;
  const [chartText, figureText, viewText, content, notes] = await Promise.all([
    loadChartText(chart, locale),
    view && chart.loadViewText ? chart.loadViewText(view, data, locale) : null,
    view && chart.describeView ? chart.describeView(view, data, locale) : null,
    chart.pptx!.getContent(data, locale, options),
    toNotesText(getChartSpeakerNotes(chart, locale, view), locale),
  ]);
  const text = figureText ?? chartText;
  // The slide's own subtitle, where it draws less than the images; else a view's words, even where the chart leaves out its own (`subtitle: null`).
  if (typeof content.subtitle === 'string') return toChartSlide(chart.id, text, content, notes, options.annotation);
  if (viewText) return toChartSlide(chart.id, { ...text, subtitle: viewText }, { body: content.body }, notes, options.annotation);
  return toChartSlide(chart.id, text, content, notes, options.annotation);
}

/** One chart as a one-slide file. */
export async function loadChartPptxDeck(chart: AnyChartManifest, locale: Locale, options: PptxContentOptions = {}): Promise<PptxDeck> {
  const slide = await loadChartPptxSlide(chart, locale, options);
  return { locale, title: slide.title, slides: [slide] };
}

/**
 * The lecture in the presentation's order: the title, the stages, a slide per chart the deck shows,
 * and the sources with the site's address (`origin`: the visitor's public origin), each with the
 * presenter view's speaker notes.
 */
export async function loadLecturePptxDeck(locale: Locale, origin: string): Promise<PptxDeck> {
  const t = await getTranslator(locale, 'present');
  const stages = loadRows('stages');
  const stagesSource = t('sources.stages', {
    slides: formatSlideRanges(
      stages.map((stage) => stage.source_slide),
      locale,
    ),
  });
  const [titleNotes, stagesNotes, sourcesNotes, charts] = await Promise.all([
    toNotesText(getMessageSpeakerNotes('title', locale), locale),
    toNotesText(getStagesSpeakerNotes(stages, stagesSource, locale), locale),
    toNotesText(getMessageSpeakerNotes('sources', locale), locale),
    Promise.all(DECK_CHARTS.filter((chart) => chart.pptx).map((chart) => loadChartPptxSlide(chart, locale))),
  ]);
  const lecture = [toTitleSlide(t, titleNotes), toStagesSlide(stages, stagesSource, locale, t, stagesNotes), ...charts];
  const parts = lecture.flatMap((slide) => (slide.source ? [{ title: slide.title, source: slide.source }] : []));
  const closing = toClosingSlide(parts, { siteUrl: `${origin}/${locale}`, dataUrl: `${origin}/${locale}/data` }, t, sourcesNotes);
  return { locale, title: t('titleSlide.heading'), slides: [...lecture, closing] };
}
