import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import { localized } from '@/lib/i18n/localized';
import { describeFrance } from '@/lib/charts/france/describe';
import { toFranceFigures } from '@/lib/charts/france/figures';
import { layoutFrance } from '@/lib/charts/france/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getFranceChartData, type FranceChartData } from './data';
import { FranceChart } from './france-chart';

export async function renderFranceSvg(options: ChartRenderOptions<FranceChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, noteBand } = options;
  const rows = options.data ?? getFranceChartData();
  const t = await getTranslator(locale, 'france');
  const figures = toFranceFigures(rows, locale);
  const layout = layoutFrance(figures, { width, height, minFontSize, locale, t });
  return (
    <FranceChart
      layout={layout}
      title={t('title')}
      description={describeFrance(figures, locale, t)}
      palette={palette}
      background={background}
      minFontSize={minFontSize}
      annotation={annotation}
      noteBand={noteBand}
    />
  );
}

/** What the chart shows, in the words of its description: speaker notes and the chart's <desc>. */
export async function describeFranceChart(data: FranceChartData, locale: Locale): Promise<string> {
  return describeFrance(toFranceFigures(data, locale), locale, await getTranslator(locale, 'france'));
}

/** Each of the deck's figures, which an annotation may highlight (the computed penetration is the users' bar). */
export async function getFranceMarks(data: FranceChartData, locale: Locale): Promise<ChartMark[]> {
  return data.map((row) => ({ id: row.metric_id, label: localized(row, 'metric', locale) }));
}
