import 'server-only';
import { loadRows } from '@/lib/datasets/load';
import type { TimelineChartData } from '@/lib/charts/timeline/types';

export type { TimelineChartData };

export function getTimelineChartData(): TimelineChartData {
  return { milestones: loadRows('milestones'), stages: loadRows('stages'), countries: loadRows('country-profiles') };
}
