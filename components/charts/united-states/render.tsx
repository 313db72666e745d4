import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { describeUnitedStates } from '@/lib/charts/united-states/describe';
import { getMetricName, getUnitedStatesPanels } from '@/lib/charts/united-states/labels';
import { layoutUnitedStates } from '@/lib/charts/united-states/layout';
import { getTranslator } from '@/lib/i18n/translator';
import { getUnitedStatesChartData, type UnitedStatesChartData } from './data';
import { UnitedStatesChart } from './united-states-chart';

/** The six US panels as an SVG element, for pages, embeds and image export. */
export async function renderUnitedStatesSvg(options: ChartRenderOptions<UnitedStatesChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, annotation, noteBand, data = getUnitedStatesChartData() } = options;
  const t = await getTranslator(locale, 'unitedStates');
  const layout = layoutUnitedStates(getUnitedStatesPanels(data, locale, t), { width, height, minFontSize });
  return (
    <UnitedStatesChart
      layout={layout}
      palette={palette}
      title={t('title')}
      description={describeUnitedStates(data, locale, t)}
      background={background}
      annotation={annotation}
      noteBand={noteBand}
    />
  );
}

/** What the chart shows, in the words of its description: speaker notes and the chart's <desc>. */
export async function describeUnitedStatesChart(data: UnitedStatesChartData, locale: Locale): Promise<string> {
  return describeUnitedStates(data, locale, await getTranslator(locale, 'unitedStates'));
}

/** Each of the six figures, which an annotation may highlight. */
export async function getUnitedStatesMarks(data: UnitedStatesChartData, locale: Locale): Promise<ChartMark[]> {
  return data.map((row) => ({ id: row.metric_id, label: getMetricName(row, locale) }));
}
