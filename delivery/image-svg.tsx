import type { ReactElement } from 'react';
import { CHART_FONT_FAMILY } from '@/components/charts/chart-svg';
import { ChartImageDocument } from './image-document';
import { fitSvgMarkup, getScale } from '@/lib/charts/image-fit';
import { layoutChartImage, type ImageLayout, type ImageText } from '@/lib/charts/image-layout';
import type { ImageTextSize } from '@/lib/charts/image-params';
import type { Palette } from '@/lib/charts/palette';
import { getNoteBand, type NoteBand } from '@/lib/charts/annotation/layout';

export type ChartImageInput = {
  width: number;
  height: number;
  palette: Palette;
  text: ImageText;
  textSize?: ImageTextSize;
  /** The annotation's note, for which the chart's box keeps a band under the chart (charts that draw annotations). */
  note?: string;
  /**
   * Draws the chart for the box the layout leaves it, with text no smaller than `minFontSize` when
   * that is given, in `height` and with `noteBand` below it when there is a note.
   */
  renderChart: (box: ChartBox) => Promise<ReactElement>;
};

export type ChartBox = { width: number; height: number; minFontSize: number | undefined; closeUp?: boolean; noteBand?: NoteBand };

/**
 * The box the chart is drawn for: all of the layout's, or with a note, less the band the note takes
 * under the chart at the image's least text size (the size of its footnotes and source line).
 */
function getChartBox(layout: ImageLayout, note: string | undefined): ChartBox {
  const { width, height } = layout.chart;
  if (!note) return { width, height, minFontSize: layout.minFontSize };
  const noteBand = getNoteBand(note, { width, fontSize: layout.minFontSize ?? layout.source.fontSize });
  return { width, height: Math.max(1, height - noteBand.height), minFontSize: layout.minFontSize, noteBand };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The SVG document of a chart image: the chart laid out for the space under its title, not a scaled screenshot. */
export async function renderChartImageSvg({ width, height, palette, text, textSize, note, renderChart }: ChartImageInput): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  // A chart that needs more room than it was given would be drawn smaller, its text under the
  // floor: the notes move under it (the chart gets the full width), then the subtitle gives way. A
  // lecturer's note asks for more room still, which these arrangements find too.
  const withoutSubtitle = { ...text, subtitle: undefined };
  const arrangements = [
    { text, notesBelow: false },
    ...(text.notes?.length ? [{ text, notesBelow: true }] : []),
    ...(text.subtitle ? [{ text: withoutSubtitle, notesBelow: false }] : []),
    ...(text.subtitle && text.notes?.length ? [{ text: withoutSubtitle, notesBelow: true }] : []),
  ];
  // Where none fits, the chart is asked to close up (closeUp) in each arrangement again.
  let best: { layout: ImageLayout; markup: string; scale: number } | null = null;
  for (const closeUp of [false, true]) {
    for (const arrangement of arrangements) {
      const layout = layoutChartImage(arrangement.text, { width, height, textSize, notesBelow: arrangement.notesBelow });
      const markup = renderToStaticMarkup(await renderChart({ ...getChartBox(layout, note), closeUp }));
      const scale = getScale(markup, layout.chart);
      if (!best || scale > best.scale) best = { layout, markup, scale };
      if (scale >= 1) break;
    }
    if (best!.scale >= 1) break;
  }
  const { layout, markup } = best!;
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
