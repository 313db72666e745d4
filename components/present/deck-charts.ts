import 'server-only';
import type { ReactElement } from 'react';
import { renderApplicationModesSvg } from '@/components/charts/application-modes/render';
import { renderCoverageSvg } from '@/components/charts/coverage/render';
import { renderFranceSvg } from '@/components/charts/france/render';
import { renderUnitedStatesSvg } from '@/components/charts/united-states/render';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { DatasetId } from '@/lib/datasets/registry';
import type { SlideId } from '@/lib/present/deck';

export type DeckChart = {
  /** Message namespace with the chart's `title`, `subtitle` and `source`. */
  namespace: string;
  /** The datasets the chart draws, for the slide numbers in its source line. */
  datasets: readonly DatasetId[];
  render: (options: ChartRenderOptions<never>) => Promise<ReactElement>;
};

/** The chart slides after the timeline, drawn by the same renderers as the chart pages. */
export const DECK_CHARTS: Partial<Record<SlideId, DeckChart>> = {
  coverage: { namespace: 'coverage', datasets: ['website-coverage'], render: renderCoverageSvg },
  france: { namespace: 'france', datasets: ['france-internet'], render: renderFranceSvg },
  'united-states': { namespace: 'unitedStates', datasets: ['us-downsizing'], render: renderUnitedStatesSvg },
  'application-modes': { namespace: 'applicationModes', datasets: ['application-modes'], render: renderApplicationModesSvg },
};
