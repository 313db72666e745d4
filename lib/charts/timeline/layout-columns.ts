import { scaleLinear } from 'd3-scale';
import { round1 } from '@/lib/charts/shared/numbers';
import { CATEGORY_STYLE } from './categories';
import type { PlacedBand, PlacedMark, Segment, TimelineGeometry } from './geometry';
import { layoutLegend } from './legend';
import { placeMark } from './marks';
import { getLabelBlock, getLabelMetrics, type LabelBlock } from './text-block';
import type { TimelineInput, TimelineItem } from './types';
import { getYearTicks } from './years';

export type ColumnsOptions = {
  width: number;
  fontSize: number;
  columns: number;
  domain: readonly [number, number];
  /** Draw the time axis (years, stages, a tick per milestone) above the columns. */
  strip: boolean;
  /** The least size of the smaller text (dates, years, legend, stage names). */
  minFontSize?: number;
  /** Space added under each milestone beyond the least, to fill a taller image. */
  extraGap?: number;
  /** Whether a milestone may be drawn bold (see getLabelMetrics); yes unless said otherwise. */
  emphasis?: boolean;
};

function getColumnMetrics(width: number, fontSize: number, columns: number) {
  const pad = Math.round(fontSize * 0.5);
  const columnGap = fontSize;
  const columnWidth = (width - 2 * pad - (columns - 1) * columnGap) / columns;
  const inset = Math.round(fontSize * 0.3);
  const textLeft = inset + 2 * Math.round(fontSize * 0.42) + Math.round(fontSize * 0.4);
  return { pad, columnGap, columnWidth, inset, textLeft };
}

type Entry = { item: TimelineItem; block: LabelBlock; heading: boolean; height: number };

/**
 * The fewest-rows split of entries, in order, into at most `columns` columns: the least column
 * height for which filling each column in turn, up to that height, needs no more columns.
 */
export function splitIntoColumns(heights: readonly number[], columns: number, gap: number): number[][] {
  const fill = (capacity: number) => {
    const result: number[][] = [];
    let used = Infinity;
    heights.forEach((height, i) => {
      if (used + gap + height > capacity) {
        result.push([]);
        used = -gap;
      }
      result[result.length - 1]!.push(i);
      used += gap + height;
    });
    return result;
  };
  let low = Math.max(0, ...heights);
  let high = heights.reduce((sum, h) => sum + h + gap, 0);
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (fill(mid).length <= columns) high = mid;
    else low = mid;
  }
  return fill(high);
}

/**
 * For slides: the milestones as a list in columns, in date order, grouped under their stages'
 * names on the stages' colours, under a strip of the time axis (years, the stages' spans, a tick
 * per milestone). Every label at full size with room to be read, where the time axis itself would
 * crowd them (fifteen of twenty fall in 2001–2006).
 */
export function layoutColumns(input: TimelineInput, o: ColumnsOptions): TimelineGeometry {
  const { width, fontSize, columns, domain, strip, minFontSize, extraGap = 0, emphasis = true } = o;
  // Lines a little closer than on the page: a column's labels are apart by their gaps, not by the axis.
  const page = getLabelMetrics(fontSize, minFontSize, emphasis);
  const metrics = { ...page, lineHeight: Math.round(fontSize * 1.22), smallLineHeight: Math.round(page.smallFontSize * 1.22) };
  const { lineHeight, smallFontSize, smallLineHeight } = metrics;
  const r = Math.round(fontSize * 0.42);
  const pad = Math.round(fontSize * 0.5);
  const left = pad;
  const right = width - pad;
  const x = scaleLinear(domain, [left, right]);

  const legend = layoutLegend(input.legend, { left, right, top: 0, fontSize: smallFontSize, markRadius: r });
  let top = legend.bottom + Math.round(fontSize * 0.3);
  const bands: PlacedBand[] = [];
  const grid: Segment[] = [];
  let axis: Segment = { x1: left, y1: top, x2: left, y2: top };
  let yearLabels: TimelineGeometry['yearLabels'] = [];
  let rug: TimelineGeometry['rug'] = [];
  const visible = input.items.filter((item) => item.time >= domain[0] && item.time <= domain[1]);
  const stages = input.stages.filter((s) => (s.end ?? domain[1]) > domain[0] && s.start < domain[1]);

  if (strip) {
    const yearY = top + Math.round(smallFontSize * 1.05);
    const axisY = yearY + Math.round(fontSize * 0.55);
    const tick = Math.round(fontSize * 0.4);
    const bottom = axisY + tick;
    for (const stage of stages) {
      const a = x(Math.max(stage.start, domain[0]));
      const b = x(Math.min(stage.end ?? domain[1], domain[1]));
      bands.push({
        id: stage.id,
        rank: stage.rank,
        x: round1(a),
        y: top,
        width: round1(b - a),
        height: bottom - top,
        name: { text: '', x: round1(a), y: top, anchor: 'start', rotate: false },
      });
    }
    const ticks = getYearTicks(domain, x(domain[0] + 1) - x(domain[0]), smallFontSize);
    grid.push(...ticks.boundaries.map((year) => ({ x1: round1(x(year)), y1: top, x2: round1(x(year)), y2: bottom })));
    yearLabels = ticks.labels.map(({ year, at }) => ({ text: String(year), x: round1(x(at)), y: yearY, anchor: 'middle' as const }));
    axis = { x1: left, y1: axisY, x2: right, y2: axisY };
    rug = visible.map((item) => ({
      id: item.id,
      x1: round1(x(item.time)),
      y1: axisY - tick,
      x2: round1(x(item.time)),
      y2: axisY + tick,
      colorIndex: CATEGORY_STYLE[item.category].color,
    }));
    top = bottom + Math.round(fontSize * 0.8);
  }

  const { columnGap, columnWidth, inset, textLeft } = getColumnMetrics(width, fontSize, columns);
  const gap = Math.round(fontSize * 0.4 + extraGap);
  const headingHeight = lineHeight;
  const seen = new Set<string>();
  const entries: Entry[] = visible.map((item) => {
    const heading = !seen.has(item.stage);
    seen.add(item.stage);
    const block = getLabelBlock(item, columnWidth - textLeft - inset, metrics);
    return { item, block, heading, height: block.height + (heading ? headingHeight : 0) };
  });

  const marks: PlacedMark[] = [];
  let bottom = top;
  splitIntoColumns(
    entries.map((e) => e.height),
    columns,
    gap,
  ).forEach((indices, column) => {
    const x0 = left + column * (columnWidth + columnGap);
    let y = top;
    let run: { stage: string; top: number; heading: boolean } | null = null;
    const closeRun = (end: number) => {
      if (!run) return;
      const stage = stages.find((s) => s.id === run!.stage);
      if (stage) {
        bands.push({
          id: stage.id,
          rank: stage.rank,
          x: round1(x0),
          y: round1(run.top - inset),
          width: round1(columnWidth),
          height: round1(end - run.top + 2 * inset),
          name: {
            text: run.heading ? stage.name : '',
            x: round1(x0 + inset),
            y: round1(run.top + lineHeight * 0.75),
            anchor: 'start',
            rotate: false,
          },
        });
      }
      run = null;
    };
    for (const i of indices) {
      const { item, block, heading } = entries[i]!;
      if (run && (run as { stage: string }).stage !== item.stage) {
        closeRun(y - gap);
        y += inset;
      }
      if (!run) run = { stage: item.stage, top: y, heading };
      if (heading) y += headingHeight;
      const label = {
        x: round1(x0 + inset),
        y: round1(y),
        width: round1(textLeft - inset + block.width),
        height: block.height,
        anchor: 'start' as const,
        top: y,
        textX: round1(x0 + textLeft),
      };
      marks.push(placeMark(item, input.stages, { x: x0 + inset + r, y: y + smallLineHeight / 2, r, label, block, metrics, leader: null }));
      y += block.height + gap;
    }
    closeRun(y - gap);
    bottom = Math.max(bottom, y - gap + inset);
  });

  return {
    orientation: 'columns',
    width,
    height: Math.round(bottom + 2),
    fontSize,
    smallFontSize,
    domain,
    range: [left, right],
    legend: legend.entries,
    bands,
    grid,
    axis,
    yearLabels,
    rug,
    marks,
    context: [],
  };
}

/** Columns narrower than this many title sizes break titles every few words; more columns would not read well. */
const MIN_COLUMN_EMS = 10;

/** Whether `columns` columns leave each title at least MIN_COLUMN_EMS to wrap in. */
export function hasRoomForTitles({ width, fontSize, columns }: Pick<ColumnsOptions, 'width' | 'fontSize' | 'columns'>): boolean {
  const { columnWidth, textLeft, inset } = getColumnMetrics(width, fontSize, columns);
  return columnWidth - textLeft - inset >= fontSize * MIN_COLUMN_EMS;
}
