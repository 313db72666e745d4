import 'server-only';
import { applicationModesChart } from './application-modes/manifest';
import { coverageChart } from './coverage/manifest';
import { franceChart } from './france/manifest';
import { overviewChart } from './overview/manifest';
import { timelineChart } from './timeline/manifest';
import { trendsChart } from './trends/manifest';
import { unitedStatesChart } from './united-states/manifest';

/**
 * Every chart, in the order images, embeds, the overview, the presentation and the navigation list
 * them (the front page first there). Adding a chart is a folder with its manifest, its messages and a line here.
 */
export const CHART_MANIFESTS = [
  timelineChart,
  coverageChart,
  franceChart,
  unitedStatesChart,
  applicationModesChart,
  trendsChart,
  overviewChart,
] as const;

export type ChartId = (typeof CHART_MANIFESTS)[number]['id'];

export const CHART_IDS: readonly ChartId[] = CHART_MANIFESTS.map((chart) => chart.id);
