import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const OVERVIEW_META = {
  id: 'overview',
  namespace: 'share.overview',
  route: '',
  datasets: ['milestones', 'website-coverage', 'france-internet', 'us-downsizing', 'application-modes'],
} as const satisfies ChartMeta;
