import type { ReactElement } from 'react';
import { describeFrance } from '@/lib/charts/france/describe';
import { toFranceFigures } from '@/lib/charts/france/figures';
import { layoutFrance } from '@/lib/charts/france/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import { getTranslator } from '@/lib/i18n/translator';
import { getFranceChartData, type FranceChartData } from './data';
import { FranceChart } from './france-chart';

export async function renderFranceSvg(options: ChartRenderOptions<FranceChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background } = options;
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
    />
  );
}
