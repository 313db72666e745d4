import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const FRANCE_META = {
  id: 'france',
  namespace: 'france',
  route: '/france',
  datasets: ['france-internet'],
} as const satisfies ChartMeta;
