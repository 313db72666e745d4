import 'server-only';
import { loadRows } from '@/lib/datasets/load';
import type { TrendsChartData } from '@/lib/charts/trends/types';

export type { TrendsChartData };

export function getTrendsChartData(): TrendsChartData {
  return { rows: loadRows('internet-users'), milestones: loadRows('milestones'), stages: loadRows('stages') };
}
