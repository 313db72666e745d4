import 'server-only';
import { getChartRenderer, loadChartText, type ChartId } from '@/components/charts/registry';
import type { ImageText } from '@/lib/charts/image-layout';
import type { ImageParams } from '@/lib/charts/image-params';
import { renderChartImageSvg } from './image-svg';
import { THEME_PALETTES } from '@/lib/charts/palette';

export type ChartImageRequest = Omit<ImageParams, 'scale'> & {
  chart: ChartId;
  /** Rows to draw instead of the shipped ones, of the chart's own data type. */
  data?: unknown;
  /** Replaces the chart's title, subtitle or source line. */
  text?: Partial<ImageText>;
};

/** The SVG document of a chart image, or null for a chart that cannot be drawn yet. */
export async function renderChartImage({ chart, width, height, locale, theme, data, text }: ChartImageRequest): Promise<string | null> {
  const render = getChartRenderer(chart);
  if (!render) return null;
  const palette = THEME_PALETTES[theme];
  return renderChartImageSvg({
    width,
    height,
    palette,
    text: { ...(await loadChartText(chart, locale)), ...text },
    renderChart: (size) => render({ locale, palette, ...size, data: data as never }),
  });
}
