import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const TIMELINE_META = {
  id: 'timeline',
  namespace: 'timeline',
  route: '/timeline',
  datasets: ['milestones', 'stages'],
  viewParams: ['m', 'stage', 'category', 'q', 'from', 'to'],
} as const satisfies ChartMeta;
