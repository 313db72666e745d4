import type { ReactElement } from 'react';
import { CHART_FONT_FAMILY } from '@/components/charts/chart-svg';
import { ChartImageDocument } from './image-document';
import { fitSvgMarkup, getScale, getSvgSize } from '@/lib/charts/image-fit';
import { layoutChartImage, type ImageText } from '@/lib/charts/image-layout';
import type { ImageTextSize } from '@/lib/charts/image-params';
import type { Palette } from '@/lib/charts/palette';

export type ChartImageInput = {
  width: number;
  height: number;
  palette: Palette;
  text: ImageText;
  textSize?: ImageTextSize;
  /** Draws the chart for the box the layout leaves it, with text no smaller than `minFontSize` when that is given. */
  renderChart: (box: { width: number; height: number; minFontSize: number | undefined }) => Promise<ReactElement>;
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The SVG document of a chart image: the chart laid out for the space under its title, not a scaled screenshot. */
export async function renderChartImageSvg({ width, height, palette, text, textSize, renderChart }: ChartImageInput): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  let layout = layoutChartImage(text, { width, height, textSize });
  let markup = renderToStaticMarkup(await renderChart({ ...layout.chart, minFontSize: layout.minFontSize }));
  // A chart that needs more height than it was given would be drawn smaller: the subtitle gives way first.
  if (layout.subtitle && getSvgSize(markup).height > layout.chart.height) {
    const withoutSubtitle = layoutChartImage({ ...text, subtitle: undefined }, { width, height, textSize });
    const retried = renderToStaticMarkup(await renderChart({ ...withoutSubtitle.chart, minFontSize: withoutSubtitle.minFontSize }));
    if (getScale(retried, withoutSubtitle.chart) > getScale(markup, layout.chart)) [layout, markup] = [withoutSubtitle, retried];
  }
  const chartMarkup = fitSvgMarkup(markup, layout.chart);
  const description = [text.title, text.subtitle, text.source].filter(Boolean).join('. ');
  const document = (
    <ChartImageDocument
      layout={layout}
      palette={palette}
      fontFamily={CHART_FONT_FAMILY}
      title={text.title}
      description={description}
      chartMarkup={chartMarkup}
    />
  );
  return `${XML_DECLARATION}${renderToStaticMarkup(document)}\n`;
}
