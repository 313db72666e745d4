import type { ChartMeta } from '@/lib/charts/chart-meta';

/** What pages, embeds, images and the share panel know about the chart; plain data, safe in client code. */
export const COVERAGE_META = {
  id: 'coverage',
  namespace: 'coverage',
  route: '/coverage',
  datasets: ['website-coverage'],
} as const satisfies ChartMeta;
