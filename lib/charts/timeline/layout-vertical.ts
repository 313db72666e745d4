import { scaleLinear } from 'd3-scale';
import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth } from '@/lib/charts/text-width';
import { getContextTime } from './context';
import type { PlacedBand, PlacedContext, PlacedMark, Segment, TimelineGeometry } from './geometry';
import { layoutLegend } from './legend';
import { placeMark } from './marks';
import { getLabelBlock, getLabelMetrics } from './text-block';
import type { TimelineInput } from './types';
import { getYearTicks } from './years';

export type VerticalOptions = {
  width: number;
  fontSize: number;
  domain: readonly [number, number];
  showContext: boolean;
  /** Tap targets at least this tall: each label gets a slot this tall, centred in it. */
  minTarget?: number;
};

type Entry = { kind: 'item' | 'context'; index: number; time: number; size: number; slot: number };

/**
 * For phones: time runs down a line on the left, the stages as bands behind it, and labels in
 * one column on the right, each level with its mark. Where events crowd, the line stretches to
 * give each label its room (the years stay marked on it), so no label drifts away from its mark
 * or beside another stage's band.
 */
export function layoutVertical(
  input: TimelineInput,
  { width, fontSize, domain, showContext, minTarget = 0 }: VerticalOptions,
): TimelineGeometry {
  const metrics = getLabelMetrics(fontSize);
  const { lineHeight, smallFontSize, smallLineHeight } = metrics;
  const r = Math.round(fontSize * 0.42);
  const pad = Math.round(fontSize * 0.6);
  const gutter = lineHeight;
  const yearX = pad + gutter + Math.ceil(getTextWidth('2000', smallFontSize));
  const axisX = yearX + Math.round(fontSize * 0.8) + r;
  const labelX = axisX + r + Math.round(fontSize * 1.2);
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
    .map((c) => ({ ...c, time: getContextTime(c) }));
  const entries: Entry[] = [
    ...visible.map((item, index) => {
      const size = blocks[index]!.height;
      return { kind: 'item' as const, index, time: item.time, size, slot: Math.max(size, minTarget) };
    }),
    ...context.map((c, index) => ({
      kind: 'context' as const,
      index,
      time: Math.max(c.time, domain[0]),
      size: smallLineHeight,
      slot: smallLineHeight,
    })),
  ].sort((a, b) => a.time - b.time || (a.kind === 'context' ? -1 : 1));

  // A year's length where nothing crowds: the whole span gets about half the room its labels need.
  const span = domain[1] - domain[0];
  const needed = entries.reduce((sum, e) => sum + e.slot + gap, 0);
  const perYear = Math.max(fontSize * 3, (needed * 0.5) / span);
  const { slotTops, anchors } = stackDown(entries, { top, perYear, domainStart: domain[0], gap, anchorOffset: smallLineHeight / 2 });
  const lastAnchor = anchors[anchors.length - 1];
  const lastTime = entries[entries.length - 1]?.time ?? domain[0];
  const axisEnd = lastAnchor === undefined ? top + span * perYear : lastAnchor + (domain[1] - lastTime) * perYear;
  // The time axis through every label's anchor: even where nothing crowds, stretched where labels need room.
  const knots = [
    { time: domain[0], y: top },
    ...entries.map((e, i) => ({ time: e.time, y: anchors[i]! })),
    { time: domain[1], y: axisEnd },
  ].filter((knot, i, all) => i === 0 || knot.time > all[i - 1]!.time);
  const y = scaleLinear(
    knots.map((k) => k.time),
    knots.map((k) => k.y),
  );

  const marks: PlacedMark[] = [];
  const placedContext: PlacedContext[] = [];
  const hitLeft = axisX - r - Math.round(fontSize * 0.6);
  entries.forEach((entry, i) => {
    const slotTop = slotTops[i]!;
    const labelY = slotTop + (entry.slot - entry.size) / 2;
    const anchorY = round1(anchors[i]!);
    if (entry.kind === 'context') {
      const c = context[entry.index]!;
      const outside = c.time < domain[0];
      placedContext.push({
        id: c.id,
        outside,
        text: { text: outside ? c.labelBefore : c.label, x: labelX, y: round1(labelY + smallLineHeight * 0.75), anchor: 'start' },
        path: `M${pad + gutter},${anchorY}H${labelX - 4}`,
      });
      return;
    }
    const item = visible[entry.index]!;
    const block = blocks[entry.index]!;
    const label = {
      x: labelX,
      y: round1(labelY),
      width: block.width,
      height: block.height,
      anchor: 'start' as const,
      top: labelY,
      textX: labelX,
    };
    const leader = `M${axisX + r + 3},${anchorY}H${labelX - 4}`;
    const hit = { x: hitLeft, y: round1(slotTop), width: width - pad - hitLeft, height: entry.slot };
    marks.push(placeMark(item, input.stages, { x: axisX, y: anchorY, r, label, block, metrics, leader, hit }));
  });
  const axisLength = axisEnd - top;

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

/**
 * Stacks slots down the page in time order: each where a steady `perYear` scale would put it,
 * or just below the one before when that is lower. Once pushed, later slots keep the push, so
 * the line only ever stretches and time still runs one way. Returns each slot's top and the y
 * of its label's first line (where its mark sits).
 */
export function stackDown(
  entries: readonly { time: number; size: number; slot: number }[],
  o: { top: number; perYear: number; domainStart: number; gap: number; anchorOffset: number },
): { slotTops: number[]; anchors: number[] } {
  const slotTops: number[] = [];
  const anchors: number[] = [];
  let shift = 0;
  let bottom = o.top - o.anchorOffset - o.gap;
  for (const entry of entries) {
    const inSlot = (entry.slot - entry.size) / 2 + o.anchorOffset;
    const natural = o.top + (entry.time - o.domainStart) * o.perYear + shift;
    const slotTop = Math.max(natural - inSlot, bottom + o.gap);
    shift += slotTop - (natural - inSlot);
    bottom = slotTop + entry.slot;
    slotTops.push(slotTop);
    anchors.push(slotTop + inSlot);
  }
  return { slotTops, anchors };
}
