import type { OverviewEntry } from '@/lib/charts/overview/layout';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import type { AnyChartManifest } from '../manifest-types';
import { getOverviewCharts, type OverviewChartData } from './data';

/** Each small chart's headline figure from its rows, in the order of the list, worded by the chart's own `headline` message. */
export async function getOverviewHeadlines(
  charts: readonly AnyChartManifest[],
  data: OverviewChartData,
  locale: Locale,
): Promise<OverviewEntry[]> {
  const entries = await Promise.all(
    getOverviewCharts(charts).map(async ({ id, namespace, overview }) => {
      const headline = overview.getHeadline(data[id], locale, await getTranslator(locale, namespace));
      return headline ? [{ ...headline, span: overview.span }] : [];
    }),
  );
  return entries.flat();
}
