import { scaleLinear, scaleLog } from 'd3-scale';
import { getBaseFontSize } from '@/lib/charts/shared/fit-font-size';
import { clamp, round1 } from '@/lib/charts/shared/numbers';
import { placeText } from '@/lib/charts/shared/text-box';
import type { Box } from '@/lib/charts/shared/box';
import { getTextWidth } from '@/lib/charts/text-width';
import { findFreeY, spreadInOrder } from '@/lib/charts/timeline/pack';
import type { PlacedTrendsBand, PlacedTrendsEvent, PlacedTrendsLine, TrendsInput, TrendsLayout, TrendsPoint } from './types';

export type TrendsLayoutOptions = {
  width: number;
  /** Height to fit; without it the plot takes a height for its width. */
  height?: number;
  /** The least text size (large-text images): nothing is drawn smaller. */
  minFontSize?: number;
  /**
   * The whole of a play whose step this is: the axes are laid out for it (its values, room for its
   * end labels as well as the step's own), so every step of the play has the same axes.
   */
  axesFrom?: TrendsInput;
};

const FONT_SIZE_CURVE = { narrow: 12, min: 11 };

/** Room between a line's end and its label, in font sizes. */
const LABEL_GAP = 1;

type YScale = ((value: number) => number) & { ticks(count?: number): number[] };

function getYScale(input: TrendsInput, values: number[], top: number, bottom: number): { scale: YScale; ticks: number[] } {
  if (input.view.axis === 'log') {
    const least = Math.min(...values.filter((value) => value > 0), 1);
    const low = 10 ** Math.floor(Math.log10(least));
    const scale = scaleLog().domain([low, 100]).range([bottom, top]);
    const decades = Array.from({ length: Math.round(Math.log10(100 / low)) + 1 }, (_, i) => low * 10 ** i);
    // Every decade where there is room, every other one (always 100%) where there is not.
    const step = Math.ceil((decades.length * 28) / Math.max(1, bottom - top));
    return { scale, ticks: decades.filter((_, i) => (decades.length - 1 - i) % step === 0) };
  }
  const scale = scaleLinear()
    .domain([0, Math.min(100, Math.max(1, ...values))])
    .nice()
    .range([bottom, top]);
  return { scale, ticks: scale.ticks(Math.max(2, Math.floor((bottom - top) / 50))) };
}

/** Runs of consecutive years: a year without a measurement breaks the line. */
function splitRuns(points: readonly TrendsPoint[]): TrendsPoint[][] {
  const runs: TrendsPoint[][] = [];
  for (const point of points) {
    const run = runs.at(-1);
    if (run && point.year === run.at(-1)!.year + 1) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

/** The lines as drawn: on a log axis, without the years at 0%. */
function getDrawnSeries(input: TrendsInput): TrendsInput['series'] {
  const isLog = input.view.axis === 'log';
  return input.series.map((s) => ({ ...s, points: isLog ? s.points.filter((p) => p.value > 0) : s.points }));
}

/** The end labels: name and last value, or the name alone where both would take too much of the width. */
function getEndLabels(input: TrendsInput, series: TrendsInput['series'], fontSize: number, width: number) {
  const withValues = series.map((s) => {
    const last = s.points.at(-1);
    return last ? `${s.name} ${input.formatValue(last.value)}` : s.name;
  });
  const fits = (texts: string[]) => Math.max(0, ...texts.map((text) => getTextWidth(text, fontSize, 700))) <= width * 0.3;
  const texts = fits(withValues) ? withValues : series.map((s) => s.name);
  return { texts, width: Math.max(0, ...texts.map((text) => Math.ceil(getTextWidth(text, fontSize, 700)))) };
}

/**
 * Internet use over time: one line per country, labelled at its end (labels spread so they never
 * overlap, the way the timeline spreads its labels), the deck's milestones as event lines labelled
 * above the plot (stacked in rows where they crowd), and its stages as shaded periods named under
 * the axis. Linear or log axis; on a log axis years at 0% are left out, since it cannot draw them.
 */
export function layoutTrends(input: TrendsInput, { width, height, minFontSize, axesFrom }: TrendsLayoutOptions): TrendsLayout {
  const fontSize = Math.max(minFontSize ?? 0, getBaseFontSize(width, FONT_SIZE_CURVE));
  const lineHeight = Math.round(fontSize * 1.3);
  const gap = Math.round(fontSize * 0.5);
  const { view } = input;

  const series = getDrawnSeries(input);
  const whole = axesFrom ? getDrawnSeries(axesFrom) : series;
  const values = whole.flatMap((s) => s.points.map((p) => p.value));
  const { texts: labelTexts, width: ownLabelWidth } = getEndLabels(input, series, fontSize, width);
  const labelWidth = Math.max(ownLabelWidth, axesFrom ? getEndLabels(axesFrom, whole, fontSize, width).width : 0);

  // Tick labels are measured on a first scale; the plot's height does not change which labels there are but for the log decades.
  const provisional = getYScale(input, values, 0, 300);
  const tickWidth = Math.max(...provisional.ticks.map((tick) => getTextWidth(input.formatValue(tick), fontSize)));
  const left = Math.ceil(tickWidth + gap);
  const right = width - (labelWidth > 0 ? labelWidth + Math.round(fontSize * LABEL_GAP) + 2 : gap);
  const domain: [number, number] = view.from === view.to ? [view.from - 0.5, view.to + 0.5] : [view.from, view.to];
  const x = scaleLinear().domain(domain).range([left, right]);

  // Milestone labels above the plot, in as few rows as they need (a play's, as many as its whole needs).
  const eventLabels = placeEventLabels(input.events, domain, x, { width, fontSize });
  const allLabels = axesFrom ? placeEventLabels(axesFrom.events, domain, x, { width, fontSize }) : eventLabels;
  const plotTop = Math.round(Math.max(gap, ...allLabels.map(({ label }) => label.box.y + label.box.height + gap)));
  const bottomRoom = lineHeight * 2 + gap;
  const plotHeight = height === undefined ? clamp(Math.round(width * 0.42), 180, 420) : Math.max(80, height - plotTop - bottomRoom);
  const plotBottom = plotTop + plotHeight;
  const { scale: y, ticks } = getYScale(input, values, plotTop, plotBottom);
  const plot = { x: left, y: plotTop, width: right - left, height: plotHeight };

  const yTicks = ticks.map((tick) => ({
    y: round1(y(tick)),
    label: placeText(input.formatValue(tick), left - gap / 2, y(tick) + fontSize * 0.35, fontSize, { anchor: 'end', tone: 'muted' }),
  }));
  const yearTicks = x.ticks(Math.max(2, Math.floor(plot.width / (fontSize * 4)))).filter(Number.isInteger);
  const xTicks = yearTicks.map((year) => ({
    x: round1(x(year)),
    label: placeText(String(year), x(year), plotBottom + lineHeight, fontSize, { anchor: 'middle', tone: 'muted' }),
  }));

  const events: PlacedTrendsEvent[] = eventLabels.map(({ event, at, label }) => ({
    id: event.id,
    x: round1(at),
    y1: round1(label.box.y + label.box.height + 1),
    y2: plotBottom,
    label,
    tip: input.eventTip(event),
  }));

  const bands = placeBands(input, domain, x, { plotBottom, lineHeight, fontSize, left, width });
  const lines = placeLines(input, series, labelTexts, x, y, { right, fontSize, plotTop, plotBottom });
  const empty =
    lines.length === 0 || lines.every((line) => line.points.length === 0)
      ? placeText(input.emptyText, left + plot.width / 2, plotTop + plotHeight / 2, fontSize, { anchor: 'middle', tone: 'muted' })
      : null;
  const bottom = Math.max(plotBottom + bottomRoom, ...lines.map((line) => line.label.box.y + line.label.box.height));
  return { width, height: Math.round(Math.max(height ?? 0, bottom)), fontSize, plot, bands, yTicks, xTicks, events, lines, empty };
}

function placeEventLabels(
  events: TrendsInput['events'],
  domain: [number, number],
  x: (value: number) => number,
  { width, fontSize }: { width: number; fontSize: number },
) {
  const placedBoxes: Box[] = [];
  return events
    .filter((event) => event.time >= domain[0] && event.time <= domain[1])
    .map((event) => {
      const at = x(event.time);
      const labelWidthAt = getTextWidth(event.label, fontSize);
      const centre = clamp(at, labelWidthAt / 2, width - labelWidthAt / 2);
      const boxHeight = Math.round(fontSize * 1.05);
      const top = findFreeY(placedBoxes, centre - labelWidthAt / 2, centre + labelWidthAt / 2, boxHeight, 0, 2);
      const label = placeText(event.label, centre, top + fontSize * 0.82, fontSize, { anchor: 'middle', tone: 'muted' });
      placedBoxes.push(label.box);
      return { event, at, label };
    });
}

function placeBands(
  input: TrendsInput,
  domain: [number, number],
  x: (value: number) => number,
  {
    plotBottom,
    lineHeight,
    fontSize,
    left,
    width,
  }: { plotBottom: number; lineHeight: number; fontSize: number; left: number; width: number },
): PlacedTrendsBand[] {
  const shown = input.bands
    .map((band) => ({ band, start: Math.max(band.start, domain[0]), end: Math.min(band.end, domain[1]) }))
    .filter(({ start, end }) => end > start);
  const widths = shown.map(({ band }) => Math.ceil(getTextWidth(band.name, fontSize)));
  const wanted = shown.map(({ start, end }, i) => (x(start) + x(end)) / 2 - widths[i]! / 2);
  const lefts = spreadInOrder(wanted, widths, left, fontSize);
  const overflow = Math.max(0, (lefts.at(-1) ?? 0) + (widths.at(-1) ?? 0) - width);
  return shown.map(({ band, start, end }, i) => ({
    id: band.id,
    rank: band.rank,
    x: round1(x(start)),
    width: round1(x(end) - x(start)),
    label: placeText(band.name, lefts[i]! - overflow, plotBottom + lineHeight * 2, fontSize, { tone: 'muted' }),
  }));
}

function placeLines(
  input: TrendsInput,
  series: TrendsInput['series'],
  labelTexts: string[],
  x: (value: number) => number,
  y: (value: number) => number,
  { right, fontSize, plotTop, plotBottom }: { right: number; fontSize: number; plotTop: number; plotBottom: number },
): PlacedTrendsLine[] {
  const boxHeight = Math.round(fontSize * 1.15);
  const ends = series.map((s) => {
    const last = s.points.at(-1);
    return last ? { x: x(last.year), y: y(last.value) } : { x: right, y: plotBottom };
  });
  // Labels keep the order of their lines' ends and move apart as little as they must.
  const order = ends.map((_, i) => i).sort((a, b) => ends[a]!.y - ends[b]!.y);
  const tops = spreadInOrder(
    order.map((i) => ends[i]!.y - boxHeight / 2),
    order.map(() => boxHeight),
    plotTop - boxHeight / 2,
    0,
  );
  const lift = Math.max(0, (tops.at(-1) ?? 0) + boxHeight - (plotBottom + boxHeight / 2));
  const topOf = new Map(order.map((index, i) => [index, Math.max(plotTop - boxHeight, tops[i]! - lift)]));
  // Labels stand right of the latest end: at the plot's edge, or beside lines a play has drawn only so far.
  const labelX = Math.round(Math.min(right, Math.max(...ends.map((end) => end.x)))) + Math.round(fontSize * LABEL_GAP);
  return series.map((s, i) => {
    const baseline = topOf.get(i)! + boxHeight / 2 + fontSize * 0.35;
    const paths = splitRuns(s.points).map((run) =>
      run.map((point, j) => `${j === 0 ? 'M' : 'L'}${round1(x(point.year))},${round1(y(point.value))}`).join(''),
    );
    return {
      code: s.code,
      colour: s.colour,
      dashed: s.dashed,
      paths,
      points: s.points.map((point) => ({ x: round1(x(point.year)), y: round1(y(point.value)), tip: input.pointTip(s, point) })),
      label: placeText(labelTexts[i]!, labelX, baseline, fontSize, { fontWeight: 700 }),
      end: { x: round1(ends[i]!.x), y: round1(ends[i]!.y) },
      tip: input.seriesTip(s),
    };
  });
}
