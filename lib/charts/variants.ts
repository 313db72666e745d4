/** The charts that pages, embeds and image URLs share. */
export const CHART_IDS = ['timeline', 'coverage', 'france', 'united-states', 'application-modes', 'overview'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return CHART_IDS.includes(value as ChartId);
}

/** The layouts every chart is drawn at on a page: one for phones, one for everything wider. */
export const VARIANT_WIDTHS = { narrow: 360, wide: 960 } as const;
export type Variant = keyof typeof VARIANT_WIDTHS;
