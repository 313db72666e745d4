import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const TRENDS_META = {
  id: 'trends',
  namespace: 'trends',
  route: '/trends',
  datasets: ['internet-users', 'milestones', 'stages'],
  // `axis`, not `scale`, which images already take for pixel density.
  // `show=egdi`: the UN's EGDI chart under it, for the same countries, where a user's file is in DATA_DIR.
  viewParams: ['countries', 'axis', 'from', 'to', 'show'],
  figureParam: 'show',
} as const satisfies ChartMeta;
