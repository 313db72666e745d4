import type { ChartMeta } from '@/lib/charts/chart-meta';
import { TIMELINE_VIEW_PARAMS } from '@/lib/charts/embed-params';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const TIMELINE_META = {
  id: 'timeline',
  namespace: 'timeline',
  route: '/timeline',
  datasets: ['milestones', 'stages'],
  viewParams: TIMELINE_VIEW_PARAMS,
} as const satisfies ChartMeta;
