import { scaleLinear } from 'd3-scale';
import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth } from '@/lib/charts/text-width';
import { getContextTime } from './context';
import type { PlacedBand, PlacedContext, PlacedMark, Segment, TimelineGeometry } from './geometry';
import { layoutLegend } from './legend';
import { placeMark } from './marks';
import { spreadInOrder } from './pack';
import { getLabelBlock, getLabelMetrics } from './text-block';
import type { TimelineInput } from './types';
import { getYearTicks } from './years';

export type VerticalOptions = { width: number; fontSize: number; domain: readonly [number, number]; showContext: boolean };

/**
 * For phones: time runs down a line on the left, the stages as bands behind it, and labels in
 * one column on the right, spread so none overlap, each joined to its mark by a leader line.
 */
export function layoutVertical(input: TimelineInput, { width, fontSize, domain, showContext }: VerticalOptions): TimelineGeometry {
  const metrics = getLabelMetrics(fontSize);
  const { lineHeight, smallFontSize, smallLineHeight } = metrics;
  const r = Math.round(fontSize * 0.42);
  const pad = Math.round(fontSize * 0.6);
  const gutter = lineHeight;
  const yearX = pad + gutter + Math.ceil(getTextWidth('2000', smallFontSize));
  const axisX = yearX + Math.round(fontSize * 0.8) + r;
  const labelX = axisX + r + Math.round(fontSize * 2);
  const labelWidth = width - pad - labelX;
  const gap = Math.round(fontSize * 0.6);

  const legend = layoutLegend(input.legend, {
    left: pad,
    right: width - pad,
    top: Math.round(fontSize * 0.4),
    fontSize: smallFontSize,
    markRadius: r,
  });
  const top = legend.bottom + fontSize;

  const visible = input.items.filter((item) => item.time >= domain[0] && item.time <= domain[1]);
  const blocks = visible.map((item) => getLabelBlock(item, labelWidth, metrics));
  const context = (showContext ? (input.context ?? []) : [])
    .filter((c) => getContextTime(c) <= domain[1])
    .map((c) => ({ ...c, time: getContextTime(c), height: smallLineHeight }));
  const totalLabels = [...blocks.map((b) => b.height), ...context.map((c) => c.height)].reduce((sum, h) => sum + h + gap, 0);
  const axisLength = Math.max((domain[1] - domain[0]) * fontSize * 3, totalLabels * 0.9);
  const y = scaleLinear(domain, [top, top + axisLength]);

  type Entry = { kind: 'item'; index: number; time: number; size: number } | { kind: 'context'; index: number; time: number; size: number };
  const entries: Entry[] = [
    ...visible.map((item, index) => ({ kind: 'item' as const, index, time: item.time, size: blocks[index]!.height })),
    ...context.map((c, index) => ({ kind: 'context' as const, index, time: Math.max(c.time, domain[0]), size: c.height })),
  ].sort((a, b) => a.time - b.time || (a.kind === 'context' ? -1 : 1));
  const positions = spreadInOrder(
    entries.map((e) => y(e.time) - smallLineHeight / 2),
    entries.map((e) => e.size),
    top - smallLineHeight / 2,
    gap,
  );

  const marks: PlacedMark[] = [];
  const placedContext: PlacedContext[] = [];
  entries.forEach((entry, i) => {
    const labelY = positions[i]!;
    const anchorY = round1(labelY + smallLineHeight / 2);
    if (entry.kind === 'context') {
      const c = context[entry.index]!;
      const outside = c.time < domain[0];
      const markY = round1(outside ? top : y(c.time));
      placedContext.push({
        id: c.id,
        outside,
        text: { text: outside ? c.labelBefore : c.label, x: labelX, y: round1(labelY + smallLineHeight * 0.75), anchor: 'start' },
        path: `M${pad + gutter},${markY}H${axisX + r}L${labelX - 4},${anchorY}`,
      });
      return;
    }
    const item = visible[entry.index]!;
    const block = blocks[entry.index]!;
    const cy = round1(y(item.time));
    const leaderStart = axisX + r + 3;
    const label = {
      x: labelX,
      y: round1(labelY),
      width: block.width,
      height: block.height,
      anchor: 'start' as const,
      top: labelY,
      textX: labelX,
    };
    const leader = `M${leaderStart},${cy}H${leaderStart + 4}L${labelX - 4},${anchorY}`;
    marks.push(placeMark(item, input.stages, { x: axisX, y: cy, r, label, block, metrics, leader }));
  });

  const contentBottom = Math.max(top + axisLength, ...marks.map((m) => m.label.y + m.label.height));
  const height = Math.round(contentBottom + fontSize);
  const bandRight = axisX + r + 2;
  const bands: PlacedBand[] = input.stages
    .filter((s) => (s.end ?? domain[1]) > domain[0] && s.start < domain[1])
    .map((stage) => {
      const y0 = y(Math.max(stage.start, domain[0]));
      const y1 = stage.end === null ? height : y(Math.min(stage.end, domain[1]));
      return {
        id: stage.id,
        rank: stage.rank,
        x: 0,
        y: round1(y0),
        width: bandRight,
        height: round1(y1 - y0),
        name: { text: stage.name, x: round1(pad + gutter / 2 + fontSize * 0.35), y: round1((y0 + y1) / 2), anchor: 'middle', rotate: true },
      };
    });

  const ticks = getYearTicks(domain, y(domain[0] + 1) - y(domain[0]), smallFontSize);
  const grid: Segment[] = ticks.boundaries.map((year) => ({ x1: pad + gutter, y1: round1(y(year)), x2: bandRight, y2: round1(y(year)) }));
  return {
    orientation: 'vertical',
    width,
    height,
    fontSize,
    smallFontSize,
    domain,
    range: [top, top + axisLength],
    legend: legend.entries,
    bands,
    grid,
    axis: { x1: axisX, y1: top, x2: axisX, y2: round1(top + axisLength) },
    yearLabels: ticks.labels.map(({ year, at }) => ({
      text: String(year),
      x: yearX,
      y: round1(y(at) + smallFontSize * 0.35),
      anchor: 'end',
    })),
    rug: [],
    marks,
    context: placedContext,
  };
}
