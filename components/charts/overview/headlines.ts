import type { OverviewEntry } from '@/lib/charts/overview/layout';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { AnyChartManifest } from '../manifest-types';
import { getOverviewCharts, type OverviewChartData } from './data';

/** Each small chart's headline figure from its rows, in the order of the list; `t` is the share.overview namespace. */
export function getOverviewHeadlines(
  charts: readonly AnyChartManifest[],
  data: OverviewChartData,
  locale: Locale,
  t: Translate,
): OverviewEntry[] {
  return getOverviewCharts(charts).flatMap(({ id, overview }) => {
    const headline = overview.getHeadline(data[id], locale, t);
    return headline ? [{ ...headline, span: overview.span }] : [];
  });
}
