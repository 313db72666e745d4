import type { ChartMeta } from '@/lib/charts/chart-meta';
import { TRENDS_VIEW_PARAMS } from '@/lib/charts/embed-params';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const TRENDS_META = {
  id: 'trends',
  namespace: 'trends',
  route: '/trends',
  datasets: ['internet-users', 'milestones', 'stages'],
  viewParams: TRENDS_VIEW_PARAMS,
} as const satisfies ChartMeta;
