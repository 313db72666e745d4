import type { ReactElement } from 'react';
import { describeApplicationModes } from '@/lib/charts/application-modes/describe';
import { layoutApplicationModes } from '@/lib/charts/application-modes/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ApplicationModesChart } from './application-modes-chart';
import { getApplicationModesChartData, type ApplicationModesChartData } from './data';

export async function renderApplicationModesSvg(options: ChartRenderOptions<ApplicationModesChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background } = options;
  const rows = options.data ?? getApplicationModesChartData();
  const t = await getTranslator(locale, 'applicationModes');
  const layout = layoutApplicationModes(rows, { width, height, minFontSize, locale, t });
  return (
    <ApplicationModesChart
      layout={layout}
      title={t('title')}
      description={describeApplicationModes(rows, locale, t)}
      palette={palette}
      background={background}
      minFontSize={minFontSize}
    />
  );
}

/** What the chart shows, in the words of its description: speaker notes and the chart's <desc>. */
export async function describeApplicationModesChart(data: ApplicationModesChartData, locale: Locale): Promise<string> {
  return describeApplicationModes(data, locale, await getTranslator(locale, 'applicationModes'));
}
