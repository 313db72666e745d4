import type { ReactElement } from 'react';
import { CHART_FONT_FAMILY } from '@/components/charts/chart-svg';
import { ChartImageDocument } from './image-document';
import { fitSvgMarkup } from '@/lib/charts/image-fit';
import { layoutChartImage, type ImageText } from '@/lib/charts/image-layout';
import type { Palette } from '@/lib/charts/palette';

export type ChartImageInput = {
  width: number;
  height: number;
  palette: Palette;
  text: ImageText;
  /** Draws the chart for the box the layout leaves it. */
  renderChart: (size: { width: number; height: number }) => Promise<ReactElement>;
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The SVG document of a chart image: the chart laid out for the space under its title, not a scaled screenshot. */
export async function renderChartImageSvg({ width, height, palette, text, renderChart }: ChartImageInput): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const layout = layoutChartImage(text, { width, height });
  const chart = await renderChart({ width: layout.chart.width, height: layout.chart.height });
  const chartMarkup = fitSvgMarkup(renderToStaticMarkup(chart), layout.chart);
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
