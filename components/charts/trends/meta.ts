import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const TRENDS_META = {
  id: 'trends',
  namespace: 'trends',
  route: '/trends',
  datasets: ['internet-users', 'milestones', 'stages'],
  // `axis`, not `scale`, which images already take for pixel density.
  viewParams: ['countries', 'axis', 'from', 'to'],
} as const satisfies ChartMeta;
