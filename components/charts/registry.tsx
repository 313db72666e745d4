import 'server-only';
import type { ReactElement } from 'react';
import type { ChartMeta } from '@/lib/charts/chart-meta';
import type { ImageText } from '@/lib/charts/image-layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getChartNames as getNames, loadChartText as loadText } from './chart-text';
import type { AnyChartManifest } from './manifest-types';
import { CHART_IDS, CHART_MANIFESTS, type ChartId } from './manifests';

export { CHART_IDS, CHART_MANIFESTS, type ChartId };

/** Draws a chart as an SVG element; `data` (rows to draw instead of the shipped ones) is typed per chart. */
export type ChartRenderer = (options: ChartRenderOptions<never>) => Promise<ReactElement>;

const ALL: readonly AnyChartManifest[] = CHART_MANIFESTS;

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export function getChart(chart: ChartId): AnyChartManifest {
  return ALL.find((manifest) => manifest.id === chart)!;
}

/** What a client component or a URL may know about a chart. */
export function getChartMeta(chart: ChartId): ChartMeta {
  const { id, namespace, route, datasets, viewParams, figureParam } = getChart(chart);
  return { id, namespace, route, datasets, viewParams, figureParam };
}

export function getChartRenderer(chart: ChartId): ChartRenderer {
  const manifest = getChart(chart);
  return (options) => manifest.render(options, ALL);
}

/** The charts that can be drawn, in the order of the list. */
export function getAvailableChartIds(): ChartId[] {
  return [...CHART_IDS];
}

/** Title, subtitle and source line of a chart in one language, as images and embeds show them. */
export function loadChartText(chart: ChartId, locale: Locale): Promise<ImageText> {
  return loadText(getChart(chart), locale);
}

/** Each chart's page name in a language, as the navigation says it: "Website coverage", "网站覆盖率". */
export function getChartNames(locale: Locale): Promise<Record<ChartId, string>> {
  return getNames(ALL, locale);
}

/** A chart's figure as its page shows it (the overview's on the front page). */
export function ChartFigure({
  chart,
  locale,
  searchParams = {},
}: {
  chart: ChartId;
  locale: Locale;
  searchParams?: Record<string, string | string[] | undefined>;
}) {
  const { Figure } = getChart(chart).page;
  return <Figure locale={locale} searchParams={searchParams} charts={ALL} />;
}
