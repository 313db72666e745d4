import 'server-only';
import { defineChart } from '@/components/charts/manifest-types';
import { getOverviewChartData } from './data';
import { OVERVIEW_META } from './meta';
import { OverviewFigure } from './overview-figure';
import { renderOverviewSvg } from './render';

/** The other charts small, each under its headline figure; `charts` is the list it picks them from. */
export const overviewChart = defineChart({
  ...OVERVIEW_META,
  getData: getOverviewChartData,
  render: renderOverviewSvg,
  page: { Figure: OverviewFigure },
});
