import 'server-only';
import { loadRows } from '@/lib/datasets/load';
import type { UsRow } from '@/lib/datasets/us-downsizing';

/** The rows the US panels are drawn from: one per figure, in the deck's order. */
export type UnitedStatesChartData = UsRow[];

export function getUnitedStatesChartData(): UnitedStatesChartData {
  return loadRows('us-downsizing');
}
