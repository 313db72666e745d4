import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const UNITED_STATES_META = {
  id: 'united-states',
  namespace: 'unitedStates',
  route: '/united-states',
  datasets: ['us-downsizing'],
} as const satisfies ChartMeta;
