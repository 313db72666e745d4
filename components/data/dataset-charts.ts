import 'server-only';
import type { ReactElement } from 'react';
import { renderApplicationModesSvg } from '@/components/charts/application-modes/render';
import { renderCoverageSvg } from '@/components/charts/coverage/render';
import { renderFranceSvg } from '@/components/charts/france/render';
import { getTimelineNotes } from '@/components/charts/timeline/notes';
import { renderTimelineSvg } from '@/components/charts/timeline/render';
import { renderUnitedStatesSvg } from '@/components/charts/united-states/render';
import { getModeNotes } from '@/lib/charts/application-modes/notes';
import type { ChartId } from '@/lib/charts/chart-ids';
import { getNote, getNoteMarker, sortByRank } from '@/lib/charts/coverage/labels';
import { toFranceFigures } from '@/lib/charts/france/figures';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import {
  getMetricName as getUsMetricName,
  getNote as getUsNote,
  getNoteMarker as getUsNoteMarker,
} from '@/lib/charts/united-states/labels';
import type { TimelineChartData } from '@/lib/charts/timeline/types';
import { loadRows } from '@/lib/datasets/load';
import type { MilestoneRow } from '@/lib/datasets/milestones';
import type { DatasetId, RowOf } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

type DrawOptions = { locale: Locale; width: number };
export type ChartNote = { marker: string; text: string };

export type DatasetChart<Id extends DatasetId> = {
  chart: ChartId;
  /** The chart drawn from these rows (shipped or uploaded), in the page's CSS colours. */
  draw: (rows: RowOf<Id>[], options: DrawOptions) => Promise<ReactElement>;
  /** The footnotes the chart's markers point to, from the same rows. */
  notes: (rows: RowOf<Id>[], locale: Locale) => Promise<ChartNote[]>;
};

const toTimelineData = (milestones: MilestoneRow[]): TimelineChartData => ({
  milestones,
  stages: loadRows('stages'),
  countries: loadRows('country-profiles'),
});

/** The chart each dataset feeds. Stages and country profiles have none of their own: their preview is the table. */
export const DATASET_CHARTS: { [Id in DatasetId]?: DatasetChart<Id> } = {
  'website-coverage': {
    chart: 'coverage',
    draw: (rows, options) => renderCoverageSvg({ ...options, palette: CSS_PALETTE, data: rows }),
    notes: async (rows, locale) => {
      const t = await getTranslator(locale, 'coverage');
      const levels = sortByRank(rows).flatMap((row, index) => {
        const note = getNote(row, locale);
        return note ? [{ marker: getNoteMarker(index), text: note }] : [];
      });
      return [...levels, { marker: '≈', text: t('estimateNote') }];
    },
  },
  milestones: {
    chart: 'timeline',
    draw: (milestones, options) => renderTimelineSvg({ ...options, palette: CSS_PALETTE, data: toTimelineData(milestones) }),
    notes: async (milestones, locale) => {
      const t = await getTranslator(locale, 'timeline');
      const { items } = toTimelineInput(toTimelineData(milestones), locale, t);
      return [{ marker: '*', text: t('yearOnlyNote') }, ...getTimelineNotes(items, locale).notes];
    },
  },
  'france-internet': {
    chart: 'france',
    draw: (rows, options) => renderFranceSvg({ ...options, palette: CSS_PALETTE, data: rows }),
    notes: async (rows, locale) => toFranceFigures(rows, locale).notes.map(({ marker, text }) => ({ marker, text })),
  },
  'us-downsizing': {
    chart: 'united-states',
    draw: (rows, options) => renderUnitedStatesSvg({ ...options, palette: CSS_PALETTE, data: rows }),
    notes: async (rows, locale) => {
      const t = await getTranslator(locale, 'unitedStates');
      return rows.flatMap((row, index) => {
        const note = getUsNote(row, locale);
        return note ? [{ marker: getUsNoteMarker(index), text: t('noteWithMetric', { metric: getUsMetricName(row, locale), note }) }] : [];
      });
    },
  },
  'application-modes': {
    chart: 'application-modes',
    draw: (rows, options) => renderApplicationModesSvg({ ...options, palette: CSS_PALETTE, data: rows }),
    notes: async (rows, locale) => getModeNotes(rows, locale).map(({ marker, text }) => ({ marker, text })),
  },
};

export function getDatasetChart<Id extends DatasetId>(id: Id): DatasetChart<Id> | null {
  return (DATASET_CHARTS[id] as DatasetChart<Id> | undefined) ?? null;
}
