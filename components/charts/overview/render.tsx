import type { ReactElement } from 'react';
import { dropSmallText, getScale, getSvgSize } from '@/lib/charts/image-fit';
import type { Box } from '@/lib/charts/shared/box';
import { layoutOverview, type OverviewLayout } from '@/lib/charts/overview/layout';
import type { Palette } from '@/lib/charts/palette';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getChartNames } from '../chart-text';
import type { AnyChartManifest } from '../manifest-types';
import { getOverviewChartData, type OverviewChartData } from './data';
import { getOverviewHeadlines } from './headlines';
import { canShareThumbnail, OverviewChart, type OverviewThumbnail } from './overview-chart';
import { OverviewLinks } from './overview-links';
import { getThumbnail } from './thumbnail-cache';

/** The small charts are drawn at least this wide, then scaled into their cells. */
const MIN_CHART_WIDTH = 360;
/** Layout widths tried per cell, as multiples of the cell's width: wider layouts are flatter. */
const WIDTH_FACTORS = [1, 1.6, 2.4];

/**
 * A chart's markup as a thumbnail: not a second copy of every mark to tab through, hover or have read
 * out (the cell is aria-hidden, and the charts' own pages have all that), so about a fifth smaller.
 */
function toThumbnail(markup: string): string {
  return markup
    .replace(/ tabindex="0"/g, '')
    .replace(/ (aria-label|data-tip)="[^"]*"/g, '')
    .replace(/<title>[^<]*<\/title>|<desc>[^<]*<\/desc>/g, '');
}

/**
 * The chart at its natural height, at the layout width that comes out largest in the box
 * (a natural layout never overflows; one squeezed into a short box might).
 */
async function drawLargest(
  draw: (width: number) => Promise<ReactElement>,
  box: { width: number; height: number },
  toMarkup: (element: ReactElement) => string,
): Promise<string> {
  let best = { scale: 0, html: '' };
  for (const factor of WIDTH_FACTORS) {
    const html = toMarkup(await draw(Math.round(Math.max(MIN_CHART_WIDTH, box.width * factor))));
    const { width, height } = getSvgSize(html);
    const scale = Math.min(box.width / width, box.height / height);
    if (scale > best.scale) best = { scale, html };
  }
  return best.html;
}

type ThumbnailRequest = {
  locale: Locale;
  palette: Palette;
  charts: readonly AnyChartManifest[];
  /** Text that would be smaller once the chart is fitted into its cell goes (OverviewLayout.chartMinFontSize). */
  minFontSize: number | undefined;
};

/** The small chart for a cell of the overview, drawn once per chart, language, palette and box while the data stays the same. */
async function getCellThumbnail(
  chartId: string,
  box: Box,
  { locale, palette, charts, minFontSize }: ThumbnailRequest,
): Promise<OverviewThumbnail> {
  const chart = charts.find(({ id }) => id === chartId)!;
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = await getThumbnail({ chart: chartId, locale, palette, ...box, minFontSize }, async () => {
    const drawn = toThumbnail(await drawLargest((width) => chart.render({ locale, palette, width }, charts), box, renderToStaticMarkup));
    return minFontSize === undefined ? drawn : dropSmallText(drawn, getScale(drawn, box), minFontSize);
  });
  const { width, height } = getSvgSize(markup);
  return { id: `overview-${chartId}-${width}x${height}`, markup, width, height };
}

/** The overview's grid for a width, and the small chart drawn for each of its cells. */
async function layoutOverviewCells(
  { locale, palette, width, height, minFontSize, data }: ChartRenderOptions<OverviewChartData> & { data: OverviewChartData },
  charts: readonly AnyChartManifest[],
): Promise<{ layout: OverviewLayout; thumbnails: OverviewThumbnail[] }> {
  const headlines = await getOverviewHeadlines(charts, data, locale);
  const layout = layoutOverview(headlines, { width, height, minFontSize });
  const thumbnails = await Promise.all(
    layout.cells.map((cell) =>
      getCellThumbnail(cell.chart, cell.chartBox, { locale, palette, charts, minFontSize: layout.chartMinFontSize }),
    ),
  );
  return { layout, thumbnails };
}

/**
 * The overview: the five charts small, each under its headline number. With `links` (pages, embeds)
 * the SVG comes with a link over each cell; without (images) it is the SVG alone. With `minFontSize`
 * (a large-text image) the labels are no smaller and the small charts keep only text that large.
 * With `thumbnailsHref` (pages), each small chart is a <use> of its drawing in that file
 * (renderOverviewThumbnails), so a page that holds two layouts of the overview sends none of the small
 * charts in its HTML or its RSC payload; otherwise each is drawn inside its cell.
 */
export async function renderOverviewSvg(
  options: ChartRenderOptions<OverviewChartData>,
  charts: readonly AnyChartManifest[],
  { thumbnailsHref }: { thumbnailsHref?: string } = {},
): Promise<ReactElement> {
  const { locale, palette, minFontSize, background, data = getOverviewChartData(charts), links } = options;
  const t = await getTranslator(locale, 'share.overview');
  const chartNames = await getChartNames(charts, locale);
  const headlines = await getOverviewHeadlines(charts, data, locale);
  const { layout, thumbnails } = await layoutOverviewCells({ ...options, data }, charts);
  // In a large-text image the small charts are pictures: their labels, too small to read there, go.
  const shown =
    minFontSize === undefined
      ? thumbnails
      : thumbnails.map((thumbnail, i) => {
          const { width, height } = layout.cells[i]!.chartBox;
          const scale = Math.min(width / thumbnail.width, height / thumbnail.height);
          return { ...thumbnail, markup: dropSmallText(thumbnail.markup, scale, minFontSize) };
        });
  const description = t('description', { items: headlines.map((h) => `${h.value} ${h.label}`).join(t('separator')) });
  const chart = (
    <OverviewChart
      layout={layout}
      thumbnails={shown}
      thumbnailsHref={thumbnailsHref}
      title={t('title')}
      description={description}
      palette={palette}
      background={background}
    />
  );
  if (!links) return chart;
  const route = (id: string) => charts.find((manifest) => manifest.id === id)!.route;
  return (
    <div className="overview-chart">
      {chart}
      <OverviewLinks
        layout={layout}
        href={(id) => `/${locale}${route(id)}`}
        label={(id) => t('openChart', { chart: chartNames[id]! })}
        target={links === 'new-tab' ? '_blank' : undefined}
      />
    </div>
  );
}

/**
 * The small charts of the overview's page layouts (each of `widths`) as one SVG file of <symbol>s,
 * for the page's <use> elements: each drawing once, however many layouts show it.
 */
export async function renderOverviewThumbnails(
  { locale, palette, widths }: { locale: Locale; palette: Palette; widths: readonly number[] },
  charts: readonly AnyChartManifest[],
): Promise<ReactElement> {
  const data = getOverviewChartData(charts);
  const drawings = new Map<string, OverviewThumbnail>();
  for (const width of widths) {
    const { thumbnails } = await layoutOverviewCells({ locale, palette, width, data }, charts);
    for (const thumbnail of thumbnails.filter(canShareThumbnail)) drawings.set(thumbnail.id, thumbnail);
  }
  // The pages' CSS lets a chart draw past its viewBox (.chart-svg); nothing here sees that CSS.
  return (
    <svg xmlns="http://www.w3.org/2000/svg">
      <style>{'svg { overflow: visible }'}</style>
      {[...drawings.values()].map(({ id, markup, width, height }) => (
        <symbol key={id} id={id} viewBox={`0 0 ${width} ${height}`} overflow="visible" dangerouslySetInnerHTML={{ __html: markup }} />
      ))}
    </svg>
  );
}
