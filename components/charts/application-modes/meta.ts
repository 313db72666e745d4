import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const APPLICATION_MODES_META = {
  id: 'application-modes',
  namespace: 'applicationModes',
  route: '/application-modes',
  datasets: ['application-modes'],
} as const satisfies ChartMeta;
