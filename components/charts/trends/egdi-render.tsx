import type { ReactElement } from 'react';
import { layoutEgdi, toEgdiSeries } from '@/lib/charts/trends/egdi';
import { describeEgdi, getEgdiYears } from '@/lib/charts/trends/egdi-text';
import { getDefaultView, type TrendsView } from '@/lib/charts/trends/view';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import { getTranslator } from '@/lib/i18n/translator';
import { getTrendsChartData, type TrendsChartData } from './data';
import { EgdiChart } from './egdi-chart';

export type EgdiRenderOptions = ChartRenderOptions<TrendsChartData> & {
  /** The page's view: its countries are drawn; without it, the default ones. */
  view?: TrendsView;
};

/**
 * The UN's EGDI and its components for a view's countries as an SVG element, for the page, embeds and
 * images: as tall as its panels need, or filling `height` with text no smaller than `minFontSize`.
 */
export async function renderEgdiSvg(options: EgdiRenderOptions): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, noteBand, data = getTrendsChartData() } = options;
  const t = await getTranslator(locale, 'trends');
  const series = toEgdiSeries(data.egdi?.rows ?? [], data.rows, options.view ?? getDefaultView(data.rows), locale);
  return (
    <EgdiChart
      layout={layoutEgdi(series, t, { width, height, minFontSize, emptyText: t('egdi.noneChosen') })}
      title={t('egdi.title')}
      description={describeEgdi(series, getEgdiYears(data), locale, t)}
      palette={palette}
      background={background}
      annotation={annotation}
      noteBand={noteBand}
    />
  );
}
