import 'server-only';
import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import { loadRows } from '@/lib/datasets/load';

export type ApplicationModesChartData = ApplicationModeRow[];

export function getApplicationModesChartData(): ApplicationModesChartData {
  return loadRows('application-modes');
}
