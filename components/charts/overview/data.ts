import 'server-only';
import type { OverviewRows } from '@/lib/charts/overview/headlines';
import { loadRows } from '@/lib/datasets/load';

export type OverviewChartData = OverviewRows;

export function getOverviewChartData(): OverviewChartData {
  return {
    milestones: loadRows('milestones'),
    coverage: loadRows('website-coverage'),
    france: loadRows('france-internet'),
    unitedStates: loadRows('us-downsizing'),
    applicationModes: loadRows('application-modes'),
  };
}
