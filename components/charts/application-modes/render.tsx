import type { ReactElement } from 'react';
import type { ChartMark } from '@/lib/charts/annotation/annotation';
import { localized } from '@/lib/i18n/localized';
import { describeApplicationModes } from '@/lib/charts/application-modes/describe';
import { layoutApplicationModes } from '@/lib/charts/application-modes/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ApplicationModesChart } from './application-modes-chart';
import { getApplicationModesChartData, type ApplicationModesChartData } from './data';

export async function renderApplicationModesSvg(options: ChartRenderOptions<ApplicationModesChartData>): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, closeUp, background, annotation, noteBand } = options;
  const rows = options.data ?? getApplicationModesChartData();
  const t = await getTranslator(locale, 'applicationModes');
  const layout = layoutApplicationModes(rows, { width, height, minFontSize, closeUp, locale, t });
  return (
    <ApplicationModesChart
      layout={layout}
      title={t('title')}
      description={describeApplicationModes(rows, locale, t)}
      palette={palette}
      background={background}
      minFontSize={minFontSize}
      annotation={annotation}
      noteBand={noteBand}
    />
  );
}

/** What the chart shows, in the words of its description: speaker notes and the chart's <desc>. */
export async function describeApplicationModesChart(data: ApplicationModesChartData, locale: Locale): Promise<string> {
  return describeApplicationModes(data, locale, await getTranslator(locale, 'applicationModes'));
}

/** Each mode (`g2g`) and each system under it (`g2g-1`, by its number in the deck), which an annotation may highlight. */
export async function getApplicationModesMarks(data: ApplicationModesChartData, locale: Locale): Promise<ChartMark[]> {
  const marks: ChartMark[] = [];
  for (const row of data) {
    if (!marks.some((mark) => mark.id === row.mode_id)) marks.push({ id: row.mode_id, label: localized(row, 'mode', locale) });
    marks.push({ id: `${row.mode_id}-${row.item_no}`, label: localized(row, 'system', locale) });
  }
  return marks;
}
