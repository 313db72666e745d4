import 'server-only';
import type { ReactElement } from 'react';
import type { AnyChartManifest, ChartNote } from '@/components/charts/manifest-types';
import { CHART_MANIFESTS, type ChartId } from '@/components/charts/registry';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { DatasetId, RowOf } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';

type DrawOptions = { locale: Locale; width: number };
export type { ChartNote };

export type DatasetChart<Id extends DatasetId> = {
  chart: ChartId;
  /** The chart drawn from these rows (shipped or uploaded), in the page's CSS colours. */
  draw: (rows: RowOf<Id>[], options: DrawOptions) => Promise<ReactElement>;
  /** The footnotes the chart's markers point to, from the same rows. */
  notes: (rows: RowOf<Id>[], locale: Locale) => Promise<ChartNote[]>;
};

function toDatasetChart(chart: AnyChartManifest, toData: (rows: RowOf<DatasetId>[]) => unknown): DatasetChart<DatasetId> {
  return {
    chart: chart.id as ChartId,
    draw: (rows, options) => chart.render({ ...options, palette: CSS_PALETTE, data: toData(rows) }, CHART_MANIFESTS),
    notes: async (rows, locale) => (chart.getNotes ? chart.getNotes(toData(rows), locale) : []),
  };
}

/** The chart each dataset feeds, from the charts' manifests. Datasets without one (stages, country profiles) preview as a table. */
export const DATASET_CHARTS: { [Id in DatasetId]?: DatasetChart<Id> } = Object.fromEntries(
  CHART_MANIFESTS.flatMap((chart: AnyChartManifest) =>
    chart.preview ? [[chart.preview.dataset, toDatasetChart(chart, chart.preview.toData)] as const] : [],
  ),
);

export function getDatasetChart<Id extends DatasetId>(id: Id): DatasetChart<Id> | null {
  return (DATASET_CHARTS[id] as DatasetChart<Id> | undefined) ?? null;
}
