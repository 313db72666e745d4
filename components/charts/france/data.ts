import 'server-only';
import type { FranceRow } from '@/lib/datasets/france-internet';
import { loadRows } from '@/lib/datasets/load';

export type FranceChartData = FranceRow[];

export function getFranceChartData(): FranceChartData {
  return loadRows('france-internet');
}
