import type { Box } from '@/lib/charts/shared/box';
import { clamp } from '@/lib/charts/shared/numbers';
import { wrapText } from '../text-width';
import type { Headline } from '../headline';

/** A cell's figure, and how many columns the chart takes (the timeline two). */
export type OverviewEntry = Headline & { span: number };

export type OverviewCell = {
  chart: string;
  /** The cell's background. */
  frame: Box;
  value: { text: string; x: number; y: number; fontSize: number };
  label: { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number };
  /** Where the small chart goes. */
  chartBox: Box;
};
export type OverviewLayout = {
  width: number;
  height: number;
  cells: OverviewCell[];
  /**
   * On a phone (one column), the least text a small chart keeps, in the overview's units: shrunk into
   * its cell, a chart's labels would be 4–5 px smudges, so those under this go and the chart is a picture.
   */
  chartMinFontSize: number | undefined;
};

/** The least text of the small charts on a phone: 12 units, about 12 px on a 390 px screen. */
const PHONE_CHART_MIN_FONT_SIZE = 12;

/** A small chart's box, height over width: square on a phone, where the column is narrow and the page scrolls. */
const CHART_ASPECT = { phone: 1, grid: 0.75 };

/** Three columns on wide screens and images, two on tablets, one on phones. */
function getColumns(width: number) {
  return width >= 900 ? 3 : width >= 560 ? 2 : 1;
}

/**
 * Places a headline number and a small chart per cell, in a grid where a chart may span two
 * columns (the timeline). With `height`, the rows share it; without, each chart box takes a fixed
 * aspect of its width. `minFontSize`: no label smaller (a large-text image).
 */
export function layoutOverview(
  headlines: readonly OverviewEntry[],
  { width, height, minFontSize = 0 }: { width: number; height?: number; minFontSize?: number },
): OverviewLayout {
  const columns = getColumns(width);
  const gap = Math.round(clamp(width * 0.012, 8, 24));
  const pad = Math.round(gap * 0.75);
  const columnWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const span = (headline: OverviewEntry) => Math.min(headline.span, columns);

  const rows: OverviewEntry[][] = [[]];
  for (const headline of headlines) {
    const row = rows.at(-1)!;
    if (row.reduce((sum, h) => sum + span(h), 0) + span(headline) > columns) rows.push([headline]);
    else row.push(headline);
  }
  if (rows[0]!.length === 0) rows.shift();

  // One size of headline number everywhere, set by the column width; a large-text image's floor
  // lifts the labels, and the numbers stay twice their size.
  const columnValueSize = Math.round(clamp((columnWidth - 2 * pad) * 0.11, 20, 44));
  const labelSize = Math.max(minFontSize, Math.round(clamp(columnValueSize * 0.42, 12, 20)));
  const valueSize = Math.max(columnValueSize, Math.round(labelSize * 2));
  // From the cell's top to under the number's descenders ("240,000"), where the label's line starts.
  const valueDepth = Math.round(valueSize * 1.25);
  const lineHeight = Math.round(labelSize * 1.3);
  const cellWidth = (headline: OverviewEntry) => span(headline) * columnWidth + (span(headline) - 1) * gap;
  const headers = rows.map((row) => {
    // 10 % to spare: a reader's fallback font can run wider than the estimate.
    const lines = row.map((headline) => wrapText(headline.label, labelSize, (cellWidth(headline) - 2 * pad) * 0.9).slice(0, 3));
    return { lines, height: valueDepth + Math.max(...lines.map((l) => l.length)) * lineHeight + Math.round(pad / 2) };
  });

  const aspect = columns === 1 ? CHART_ASPECT.phone : CHART_ASPECT.grid;
  const natural = rows.map((_, i) => headers[i]!.height + Math.max(140, Math.round((columnWidth - 2 * pad) * aspect)) + 2 * pad);
  const available = height === undefined ? null : height - gap * (rows.length - 1);
  const naturalTotal = natural.reduce((a, b) => a + b, 0);
  const rowHeights = available === null ? natural : natural.map((h) => Math.floor((h * available) / naturalTotal));

  const cells: OverviewCell[] = [];
  let y = 0;
  rows.forEach((row, r) => {
    const rowHeight = rowHeights[r]!;
    let x = 0;
    row.forEach((headline, c) => {
      const w = cellWidth(headline);
      const chartY = y + pad + headers[r]!.height;
      cells.push({
        chart: headline.chart,
        frame: { x, y, width: w, height: rowHeight },
        value: { text: headline.value, x: x + pad, y: y + pad + valueSize, fontSize: valueSize },
        label: {
          lines: headers[r]!.lines[c]!,
          x: x + pad,
          y: y + pad + valueDepth + labelSize,
          fontSize: labelSize,
          lineHeight,
        },
        chartBox: { x: x + pad, y: chartY, width: w - 2 * pad, height: Math.max(1, y + rowHeight - pad - chartY) },
      });
      x += w + gap;
    });
    y += rowHeight + gap;
  });
  const chartMinFontSize = columns === 1 ? PHONE_CHART_MIN_FONT_SIZE : undefined;
  return { width, height: height ?? y - gap, cells, chartMinFontSize };
}
