import { getTextWidth } from '@/lib/charts/text-width';
import { findFreeY, spreadInOrder } from '@/lib/charts/timeline/pack';
import type { PptxLineChart } from './types';

/** A rectangle on a slide, in inches. */
export type SlideBox = { x: number; y: number; w: number; h: number };
export type SlideText = SlideBox & { text: string };

/** Type sizes on the line chart's slide, in points. */
export const LINE_CHART_TYPE = { axis: 14, legend: 14, event: 13, band: 12 } as const;

/** Room a line of text takes on a slide: its estimated width (errs wide) and a little padding, in inches. */
export function getSlideTextWidth(text: string, fontSize: number): number {
  return getTextWidth(text, fontSize) / 72 + 0.12;
}

const ROW = 0.28;
const GAP = 0.06;
/** Under the plot, inside the chart: its year labels. */
const AXIS_ROOM = 0.45;
const BAND_ROW = 0.32;

export type LineChartLayout = {
  /** Where the chart object goes. */
  frame: SlideBox;
  /** Its plot area as PowerPoint's manual layout takes it: fractions of the frame, the inner plot. */
  plotLayout: SlideBox;
  /** The same plot area on the slide. */
  plot: SlideBox;
  /** Event lines from under their label down to the plot's foot. */
  events: { x: number; y1: number; y2: number; label: SlideText }[];
  /** Shaded periods behind the plot, with their names in a row under the chart. */
  bands: (SlideBox & { rank: number; label: SlideText })[];
  /** Where an annotation's note goes: right of the plot, under the legend (which then sits at the top). */
  note: SlideBox | null;
};

const NOTE = { w: 2.6, h: 1.5 };

/**
 * Where the parts of a line chart slide go in `box`: event labels above the plot, in as few rows
 * as they need so none overlaps another; the chart under them with its plot area fixed (so the
 * shapes laid over it meet its years); the bands' names in a row under it, spread so they never
 * overlap. The value axis labels sit left of the plot, the legend right of it, and with `withNote` an
 * annotation's note under the legend, clear of the lines.
 */
export function layoutLineChart(chart: PptxLineChart, box: SlideBox, { withNote = false }: { withNote?: boolean } = {}): LineChartLayout {
  const valueRoom = (chart.log ? 1.0 : 0.7) + 0.1;
  const legendWidth = Math.max(
    withNote ? NOTE.w + 0.25 : 0,
    ...chart.series.map((s) => getSlideTextWidth(s.name, LINE_CHART_TYPE.legend) + 0.55),
  );
  const plotX = box.x + valueRoom;
  const plotW = box.w - valueRoom - legendWidth;
  const xAt = (position: number) => plotX + position * plotW;

  const placed: { x: number; y: number; width: number; height: number }[] = [];
  const labels = chart.events.map((event) => {
    const w = getSlideTextWidth(event.label, LINE_CHART_TYPE.event);
    const x = Math.min(Math.max(xAt(event.position) - w / 2, box.x), box.x + box.w - w);
    const y = findFreeY(placed, x, x + w, ROW, box.y, GAP);
    placed.push({ x, y, width: w, height: ROW });
    return { x, y, w, h: ROW, text: event.label };
  });
  const eventsBottom = Math.max(box.y, ...labels.map((label) => label.y + label.h + GAP));

  const hasBands = chart.bands.length > 0;
  const frame = { x: box.x, y: eventsBottom, w: box.w, h: box.y + box.h - eventsBottom - (hasBands ? BAND_ROW : 0) };
  const top = 0.08;
  const plot = { x: plotX, y: frame.y + top, w: plotW, h: frame.h - top - AXIS_ROOM };
  const plotLayout = { x: valueRoom / frame.w, y: top / frame.h, w: plotW / frame.w, h: plot.h / frame.h };

  const events = chart.events.map((event, i) => {
    const label = labels[i]!;
    return { x: xAt(event.position), y1: label.y + label.h, y2: plot.y + plot.h, label };
  });

  const widths = chart.bands.map((band) => getSlideTextWidth(band.label, LINE_CHART_TYPE.band));
  const wanted = chart.bands.map((band, i) => (xAt(band.start) + xAt(band.end)) / 2 - widths[i]! / 2);
  const lefts = spreadInOrder(wanted, widths, box.x, 0.1);
  const overflow = Math.max(0, (lefts.at(-1) ?? 0) + (widths.at(-1) ?? 0) - (box.x + box.w));
  const bands = chart.bands.map((band, i) => ({
    x: xAt(band.start),
    y: plot.y,
    w: xAt(band.end) - xAt(band.start),
    h: plot.h,
    rank: band.rank,
    label: { x: lefts[i]! - overflow, y: frame.y + frame.h, w: widths[i]!, h: BAND_ROW, text: band.label },
  }));
  const noteX = plot.x + plot.w + 0.25;
  const note = withNote ? { x: noteX, y: plot.y + plot.h - NOTE.h, w: box.x + box.w - noteX, h: NOTE.h } : null;
  return { frame, plotLayout, plot, events, bands, note };
}
