import 'server-only';
import { loadRows } from '@/lib/datasets/load';
import type { CoverageRow } from '@/lib/datasets/website-coverage';

/** The rows the coverage chart is drawn from: one per administrative level. */
export type CoverageChartData = CoverageRow[];

export function getCoverageChartData(): CoverageChartData {
  return loadRows('website-coverage');
}
