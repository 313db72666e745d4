import 'server-only';
import { loadChartText } from '@/components/charts/chart-text';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import { DECK_CHARTS } from '@/components/present/deck-charts';
import { loadRows } from '@/lib/datasets/load';
import { formatSlideRanges } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { toChartSlide, toClosingSlide, toStagesSlide, toTitleSlide } from '@/lib/pptx/slides';
import type { PptxDeck, PptxSlide } from '@/lib/pptx/types';

/** The charts that have a PowerPoint slide, in the chart list's order. */
export function getPptxCharts(): AnyChartManifest[] {
  return CHART_MANIFESTS.filter((chart: AnyChartManifest) => chart.pptx);
}

/** A chart's slide from the current data (DATA_DIR's when set): its content, title, source and notes. */
export async function loadChartPptxSlide(chart: AnyChartManifest, locale: Locale): Promise<PptxSlide> {
  const data = chart.getData(CHART_MANIFESTS);
  const [text, content, notes, tp] = await Promise.all([
    loadChartText(chart, locale),
    chart.pptx!.getContent(data, locale),
    chart.getNotes?.(data, locale) ?? [],
    getTranslator(locale, 'pptx'),
  ]);
  return toChartSlide(chart.id, text, content, notes, tp);
}

/** One chart as a one-slide file. */
export async function loadChartPptxDeck(chart: AnyChartManifest, locale: Locale): Promise<PptxDeck> {
  const slide = await loadChartPptxSlide(chart, locale);
  return { locale, title: slide.title, slides: [slide] };
}

/**
 * The lecture in the presentation's order: the title, the stages, a slide per chart the deck shows,
 * and the sources with the site's address (`origin`: the visitor's public origin).
 */
export async function loadLecturePptxDeck(locale: Locale, origin: string): Promise<PptxDeck> {
  const [t, tp] = await Promise.all([getTranslator(locale, 'present'), getTranslator(locale, 'pptx')]);
  const stages = loadRows('stages');
  const stagesSource = t('sources.stages', {
    slides: formatSlideRanges(
      stages.map((stage) => stage.source_slide),
      locale,
    ),
  });
  const charts = await Promise.all(DECK_CHARTS.filter((chart) => chart.pptx).map((chart) => loadChartPptxSlide(chart, locale)));
  const lecture = [toTitleSlide(t, tp), toStagesSlide(stages, stagesSource, locale, t, tp), ...charts];
  const parts = lecture.flatMap((slide) => (slide.source ? [{ title: slide.title, source: slide.source }] : []));
  const closing = toClosingSlide(parts, { siteUrl: `${origin}/${locale}`, dataUrl: `${origin}/${locale}/data` }, t, tp);
  return { locale, title: t('titleSlide.heading'), slides: [...lecture, closing] };
}
