import 'server-only';
import type { ReactElement } from 'react';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import type { Locale } from '@/lib/i18n/routing';
import { createDrawingCache } from './drawing-cache';

type Variants = [narrow: ReactElement, wide: ReactElement];

const drawn = createDrawingCache<Variants>();

/** A chart's two page layouts, phone and wide, from one drawing function. */
export function drawVariants(draw: (width: number) => Promise<ReactElement>): Promise<Variants> {
  return Promise.all([draw(VARIANT_WIDTHS.narrow), draw(VARIANT_WIDTHS.wide)]);
}

/**
 * A chart's two page layouts (phone and wide), drawn once per language for as long as the data
 * files read stay the same: pages render per request, and a chart from unchanged data is the same
 * chart. Call it after the chart's rows are loaded, so the data generation it checks is current.
 */
export function renderPageVariants(chart: string, locale: Locale, draw: (width: number) => Promise<ReactElement>): Promise<Variants> {
  return drawn(`${chart}|${locale}`, () => drawVariants(draw));
}
