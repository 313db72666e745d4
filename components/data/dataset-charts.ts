import 'server-only';
import type { ReactElement } from 'react';
import type { ChartId } from '@/lib/charts/chart-ids';
import type { DatasetId, RowOf } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';

type DrawOptions = { locale: Locale; width: number };

export type DatasetChart<Id extends DatasetId> = {
  chart: ChartId;
  /** The chart drawn from these rows (shipped or uploaded), in the page's CSS colours. */
  draw: (rows: RowOf<Id>[], options: DrawOptions) => Promise<ReactElement>;
};

/** The chart each dataset feeds. Stages and country profiles have none of their own: their preview is the table. */
export const DATASET_CHARTS: { [Id in DatasetId]?: DatasetChart<Id> } = {};

export function getDatasetChart<Id extends DatasetId>(id: Id): DatasetChart<Id> | null {
  return (DATASET_CHARTS[id] as DatasetChart<Id> | undefined) ?? null;
}
