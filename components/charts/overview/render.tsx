import type { ReactElement } from 'react';
import { dropSmallText, fitSvgMarkup, getScale } from '@/lib/charts/image-fit';
import { layoutOverview } from '@/lib/charts/overview/layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import { getTranslator } from '@/lib/i18n/translator';
import { getChartNames } from '../chart-text';
import type { AnyChartManifest } from '../manifest-types';
import { getOverviewChartData, type OverviewChartData } from './data';
import { getOverviewHeadlines } from './headlines';
import { OverviewChart } from './overview-chart';
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
    const [, width = 1, height = 1] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html)?.map(Number) ?? [];
    const scale = Math.min(box.width / width, box.height / height);
    if (scale > best.scale) best = { scale, html };
  }
  return best.html;
}

/**
 * The overview: the five charts small, each under its headline number. With `links` (pages, embeds)
 * the SVG comes with a link over each cell; without (images) it is the SVG alone. With `minFontSize`
 * (a large-text image) the labels are no smaller and the small charts keep only text that large.
 */
export async function renderOverviewSvg(
  options: ChartRenderOptions<OverviewChartData>,
  charts: readonly AnyChartManifest[],
): Promise<ReactElement> {
  const { locale, palette, width, height, minFontSize, background, data = getOverviewChartData(charts), links } = options;
  const t = await getTranslator(locale, 'share.overview');
  const chartNames = await getChartNames(charts, locale);
  const headlines = await getOverviewHeadlines(charts, data, locale);
  const layout = layoutOverview(headlines, { width, height, minFontSize });
  const chartOf = (id: string) => charts.find((chart) => chart.id === id)!;
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = await Promise.all(
    layout.cells.map(async (cell) => {
      const chart = chartOf(cell.chart);
      const thumbnail = await getThumbnail({ chart: cell.chart, locale, palette, ...cell.chartBox }, async () =>
        toThumbnail(await drawLargest((width) => chart.render({ locale, palette, width }, charts), cell.chartBox, renderToStaticMarkup)),
      );
      // In a large-text image the small charts are pictures: their labels, too small to read there, go.
      const shown = minFontSize === undefined ? thumbnail : dropSmallText(thumbnail, getScale(thumbnail, cell.chartBox), minFontSize);
      return [cell.chart, fitSvgMarkup(shown, cell.chartBox)] as const;
    }),
  );
  const description = t('description', { items: headlines.map((h) => `${h.value} ${h.label}`).join(t('separator')) });
  const chart = (
    <OverviewChart
      layout={layout}
      chartMarkup={Object.fromEntries(markup)}
      title={t('title')}
      description={description}
      palette={palette}
      background={background}
    />
  );
  if (!links) return chart;
  return (
    <div className="overview-chart">
      {chart}
      <OverviewLinks
        layout={layout}
        href={(id) => `/${locale}${chartOf(id).route}`}
        label={(id) => t('openChart', { chart: chartNames[id]! })}
        target={links === 'new-tab' ? '_blank' : undefined}
      />
    </div>
  );
}
