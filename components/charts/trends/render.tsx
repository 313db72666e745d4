import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { describeTrends } from '@/lib/charts/trends/describe';
import { toTrendsEvents, toTrendsInput } from '@/lib/charts/trends/input';
import { layoutTrends } from '@/lib/charts/trends/layout';
import { getDefaultView, type TrendsView } from '@/lib/charts/trends/view';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import { getTranslator } from '@/lib/i18n/translator';
import { getTrendsChartData, type TrendsChartData } from './data';
import { TrendsChart } from './trends-chart';

export type TrendsRenderOptions = ChartRenderOptions<TrendsChartData> & {
  /** The page's view (countries, axis, years); without it, the default. */
  view?: TrendsView;
};

/** Internet use over time as an SVG element, for pages, embeds, images and slides. */
export async function renderTrendsSvg(options: TrendsRenderOptions): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, noteBand, data = getTrendsChartData() } = options;
  const t = await getTranslator(locale, 'trends');
  const input = toTrendsInput(data, options.view ?? getDefaultView(data.rows), locale, t);
  return (
    <TrendsChart
      layout={layoutTrends(input, { width, height, minFontSize })}
      title={t('title')}
      description={describeTrends(input, locale, t)}
      palette={palette}
      background={background}
      annotation={annotation}
      noteBand={noteBand}
    />
  );
}

/** The countries of the data and the deck's milestones over the lines, which an annotation may highlight. */
export async function getTrendsMarks(data: TrendsChartData, locale: Locale): Promise<ChartMark[]> {
  const t = await getTranslator(locale, 'trends');
  const countries = new Map(data.rows.map((row) => [row.code, localized(row, 'entity', locale) ?? row.code]));
  return [
    ...[...countries].map(([id, label]) => ({ id, label })),
    ...toTrendsEvents(data, locale, t).map((event) => ({ id: event.id, label: event.label })),
  ];
}
