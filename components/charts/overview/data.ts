import 'server-only';
import type { AnyChartManifest } from '../manifest-types';

/** Each small chart's rows, by chart id. */
export type OverviewChartData = Record<string, unknown>;

/** The charts the overview shows small, in the order of the list. */
export function getOverviewCharts(charts: readonly AnyChartManifest[]) {
  return charts.flatMap((chart) => (chart.overview ? [{ ...chart, overview: chart.overview }] : []));
}

export function getOverviewChartData(charts: readonly AnyChartManifest[]): OverviewChartData {
  return Object.fromEntries(getOverviewCharts(charts).map((chart) => [chart.id, chart.getData(charts)]));
}
