import 'server-only';
import { loadDataset, loadRows } from '@/lib/datasets/load';
import type { TrendsChartData } from '@/lib/charts/trends/types';

export type { TrendsChartData };

export function getTrendsChartData(): TrendsChartData {
  const egdi = loadDataset('egdi');
  return {
    rows: loadRows('internet-users'),
    milestones: loadRows('milestones'),
    stages: loadRows('stages'),
    egdi: { rows: egdi.rows, file: egdi.file },
  };
}
