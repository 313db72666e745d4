import 'server-only';
import type { ReactElement } from 'react';
import { CHART_IDS, type ChartId } from '@/lib/charts/chart-ids';
import { CHART_META } from '@/lib/charts/chart-meta';
import type { ImageText } from '@/lib/charts/image-layout';
import { formatSlideRanges } from '@/lib/charts/timeline/slides';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import { renderApplicationModesSvg } from './application-modes/render';
import { renderCoverageSvg } from './coverage/render';
import { renderFranceSvg } from './france/render';
import { renderOverviewSvg } from './overview/render';
import { renderTimelineSvg } from './timeline/render';
import { renderUnitedStatesSvg } from './united-states/render';

export { CHART_META };

/** Draws a chart as an SVG element; `data` (rows to draw instead of the shipped ones) is typed per chart. */
export type ChartRenderer = (options: ChartRenderOptions<never>) => Promise<ReactElement>;

/** The renderers of the single charts. */
const SINGLE_CHART_RENDERERS: Partial<Record<Exclude<ChartId, 'overview'>, ChartRenderer>> = {
  timeline: renderTimelineSvg,
  coverage: renderCoverageSvg,
  france: renderFranceSvg,
  'united-states': renderUnitedStatesSvg,
  'application-modes': renderApplicationModesSvg,
};

/** Every chart that can be drawn today; image URLs and embeds answer 404 for the others. */
export const CHART_RENDERERS: Partial<Record<ChartId, ChartRenderer>> = {
  ...SINGLE_CHART_RENDERERS,
  overview: (options) => renderOverviewSvg(options, SINGLE_CHART_RENDERERS),
};

export function getChartRenderer(chart: ChartId): ChartRenderer | null {
  return CHART_RENDERERS[chart] ?? null;
}

/** The charts that can be drawn, in the order of CHART_IDS. */
export function getAvailableChartIds(): ChartId[] {
  return CHART_IDS.filter((id) => CHART_RENDERERS[id]);
}

/** Title, subtitle and source line of a chart in one language, as images and embeds show them. */
export async function loadChartText(chart: ChartId, locale: Locale): Promise<ImageText> {
  const { namespace, datasets } = CHART_META[chart];
  const t = await getTranslator(locale, namespace);
  const slides = datasets.flatMap((id) => loadRows(id).map((row) => row.source_slide));
  return { title: t('title'), subtitle: t('subtitle'), source: t('source', { slides: formatSlideRanges(slides, locale) }) };
}
