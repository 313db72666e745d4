import 'server-only';
import type { ReactElement } from 'react';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import type { Locale } from '@/lib/i18n/routing';
import { createDrawingCache } from './drawing-cache';

type Variants = [narrow: ReactElement, wide: ReactElement];
/** A chart's two page layouts as `<svg>` markup. */
export type VariantMarkup = [narrow: string, wide: string];

const drawn = createDrawingCache<VariantMarkup>();

/** A chart's two page layouts, phone and wide, from one drawing function. */
export function drawVariants(draw: (width: number) => Promise<ReactElement>): Promise<Variants> {
  return Promise.all([draw(VARIANT_WIDTHS.narrow), draw(VARIANT_WIDTHS.wide)]);
}

/**
 * A chart's two page layouts (phone and wide) as markup, drawn once per language for as long as the
 * data files read stay the same: pages render per request, and a chart from unchanged data is the same
 * chart. Markup rather than elements: the page inserts it as it is (ResponsiveChartMarkup), so neither
 * the server's page render nor the browser's hydration walks the thousands of SVG elements again, and
 * the page's RSC payload carries each layout as one string. Call it after the chart's rows are loaded,
 * so the data generation it checks is current.
 */
export function renderPageVariants(
  chart: string,
  locale: Locale,
  draw: (width: number) => Promise<ReactElement>,
  { annotated = false }: { annotated?: boolean } = {},
): Promise<VariantMarkup> {
  const toMarkup = async () => {
    const [{ renderToStaticMarkup }, variants] = await Promise.all([import('react-dom/server'), drawVariants(draw)]);
    return variants.map((element) => renderToStaticMarkup(element)) as VariantMarkup;
  };
  // An annotated page is what one visitor typed: drawn for them, not kept.
  return annotated ? toMarkup() : drawn(`${chart}|${locale}`, toMarkup);
}
