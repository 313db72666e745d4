import 'server-only';
import type { ReactElement } from 'react';
import { renderFranceSvg } from '@/components/charts/france/render';
import { renderTimelineSvg } from '@/components/charts/timeline/render';
import type { ChartId } from '@/lib/charts/chart-ids';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { loadRows } from '@/lib/datasets/load';
import type { DatasetId, RowOf } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';

type DrawOptions = { locale: Locale; width: number };

export type DatasetChart<Id extends DatasetId> = {
  chart: ChartId;
  /** The chart drawn from these rows (shipped or uploaded), in the page's CSS colours. */
  draw: (rows: RowOf<Id>[], options: DrawOptions) => Promise<ReactElement>;
};

/** The chart each dataset feeds. Stages and country profiles have none of their own: their preview is the table. */
export const DATASET_CHARTS: { [Id in DatasetId]?: DatasetChart<Id> } = {
  milestones: {
    chart: 'timeline',
    draw: (milestones, options) =>
      renderTimelineSvg({
        ...options,
        palette: CSS_PALETTE,
        data: { milestones, stages: loadRows('stages'), countries: loadRows('country-profiles') },
      }),
  },
  'france-internet': {
    chart: 'france',
    draw: (rows, options) => renderFranceSvg({ ...options, palette: CSS_PALETTE, data: rows }),
  },
};

export function getDatasetChart<Id extends DatasetId>(id: Id): DatasetChart<Id> | null {
  return (DATASET_CHARTS[id] as DatasetChart<Id> | undefined) ?? null;
}
