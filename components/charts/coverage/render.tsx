import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import { describeCoverage } from '@/lib/charts/coverage/describe';
import { getCoverageLevels } from '@/lib/charts/coverage/labels';
import { layoutCoverage } from '@/lib/charts/coverage/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { CoverageChart } from './coverage-chart';
import { getCoverageChartData, type CoverageChartData } from './data';

/** The coverage chart as an SVG element, for pages, embeds and image export. */
export async function renderCoverageSvg(options: ChartRenderOptions<CoverageChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, noteBand, data = getCoverageChartData() } = options;
  const t = await getTranslator(locale, 'coverage');
  const levels = getCoverageLevels(data, locale, t);
  return (
    <CoverageChart
      layout={layoutCoverage(levels, { width, height, minFontSize, annotated: Boolean(annotation), t })}
      palette={palette}
      title={t('title')}
      description={describeCoverage(levels, t)}
      background={background}
      annotation={annotation}
      noteBand={noteBand}
    />
  );
}

/** What the chart shows, in the words of its description: speaker notes and the chart's <desc>. */
export async function describeCoverageChart(data: CoverageChartData, locale: Locale): Promise<string> {
  const t = await getTranslator(locale, 'coverage');
  return describeCoverage(getCoverageLevels(data, locale, t), t);
}

/** Each administrative level, which an annotation may highlight. */
export async function getCoverageMarks(data: CoverageChartData, locale: Locale): Promise<ChartMark[]> {
  const t = await getTranslator(locale, 'coverage');
  return getCoverageLevels(data, locale, t).map((level) => ({ id: level.id, label: level.name }));
}
