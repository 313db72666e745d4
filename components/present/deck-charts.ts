import 'server-only';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { getSlideIds } from '@/lib/present/deck';

/** The charts that have a slide, in the order of the chart list, drawn by the same renderers as the chart pages. */
export const DECK_CHARTS: readonly AnyChartManifest[] = CHART_MANIFESTS.filter((chart: AnyChartManifest) => chart.presentation);

/** Every slide's id in lecture order, as the deck shows them. */
export const DECK_SLIDE_IDS: readonly string[] = getSlideIds(DECK_CHARTS.map((chart) => chart.id));
