import { scaleLinear } from 'd3-scale';
import type { Box } from '@/lib/charts/shared/box';
import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth } from '@/lib/charts/text-width';
import { CATEGORY_STYLE } from './categories';
import type { PlacedBand, PlacedMark, Segment, TimelineGeometry } from './geometry';
import { layoutHorizontalContext } from './context';
import { layoutLegend } from './legend';
import { placeMark } from './marks';
import { findFreeY, spreadInOrder } from './pack';
import { getLabelBlock, getLabelMetrics } from './text-block';
import type { TimelineInput } from './types';
import { getYearTicks } from './years';

export type HorizontalOptions = {
  width: number;
  fontSize: number;
  labelEms: number;
  domain: readonly [number, number];
  showContext: boolean;
  /** Tap targets at least this tall: each label is packed in a box this tall, centred in it. */
  minTarget?: number;
  /** Whether a milestone may be drawn bold (see getLabelMetrics); yes unless said otherwise. */
  emphasis?: boolean;
};

/**
 * Time runs left to right under the legend, stage names and years; each milestone is a mark
 * with its label beside it, packed downwards so no two labels touch.
 */
export function layoutHorizontal(
  input: TimelineInput,
  { width, fontSize, labelEms, domain, showContext, minTarget = 0, emphasis = true }: HorizontalOptions,
): TimelineGeometry {
  const metrics = getLabelMetrics(fontSize, 0, emphasis);
  const { lineHeight, smallFontSize, smallLineHeight } = metrics;
  const r = Math.round(fontSize * 0.42);
  const pad = Math.round(fontSize * 0.75);
  const left = pad;
  const right = width - pad;
  const x = scaleLinear(domain, [left, right]);

  const legend = layoutLegend(input.legend, { left, right, top: Math.round(fontSize * 0.4), fontSize: smallFontSize, markRadius: r });
  const stageTop = legend.bottom + Math.round(fontSize * 0.4);
  const stageNameY = stageTop + lineHeight;
  const yearY = stageNameY + lineHeight;
  const axisY = yearY + Math.round(fontSize * 0.5);
  const context = showContext ? (input.context ?? []) : [];
  const contextY = axisY + Math.round(fontSize * 0.5) + smallLineHeight;
  const itemsTop = (context.length > 0 ? contextY : axisY) + Math.round(fontSize * 0.9);

  const placed: Box[] = [];
  const marks: PlacedMark[] = [];
  const gap = Math.round(fontSize * 0.5);
  const maxLabel = fontSize * labelEms;
  const visible = input.items.filter((item) => item.time >= domain[0] && item.time <= domain[1]);
  for (const item of visible) {
    const cx = x(item.time);
    const roomRight = right - (cx + r + gap);
    const roomLeft = cx - r - gap - left;
    const sides = (['start', 'end'] as const).filter((side) => (side === 'start' ? roomRight : roomLeft) >= maxLabel);
    if (sides.length === 0) sides.push(roomRight >= roomLeft ? 'start' : 'end');
    const options = sides.map((anchor) => {
      const room = anchor === 'start' ? roomRight : roomLeft;
      const block = getLabelBlock(item, Math.min(maxLabel, room), metrics);
      const x0 = anchor === 'start' ? cx - r : cx - r - gap - block.width;
      const boxWidth = block.width + gap + 2 * r;
      const target = Math.max(block.height, minTarget);
      return { anchor, block, x0, boxWidth, target, y: findFreeY(placed, x0, x0 + boxWidth, target, itemsTop, gap) };
    });
    const best = options.reduce((a, b) => (b.y < a.y ? b : a));
    const hit = { x: round1(best.x0), y: best.y, width: round1(best.boxWidth), height: best.target };
    placed.push(hit);
    const top = best.y + (best.target - best.block.height) / 2;
    const box = { ...hit, y: round1(top), height: best.block.height };
    const cy = top + smallLineHeight / 2;
    const textX = best.anchor === 'start' ? round1(cx + r + gap) : round1(cx - r - gap);
    const label = { ...box, anchor: best.anchor, top, textX };
    marks.push(placeMark(item, input.stages, { x: cx, y: cy, r, label, block: best.block, metrics, leader: null, hit }));
  }

  const contentBottom = Math.max(itemsTop, ...placed.map((b) => b.y + b.height));
  const height = Math.round(contentBottom + fontSize);

  const bandsVisible = input.stages.filter((s) => (s.end ?? domain[1]) > domain[0] && s.start < domain[1]);
  const spans = bandsVisible.map((s) => [x(Math.max(s.start, domain[0])), x(Math.min(s.end ?? domain[1], domain[1]))] as const);
  const nameWidths = bandsVisible.map((s) => getTextWidth(s.name, fontSize));
  const nameStarts = spreadInOrder(
    spans.map(([a, b], i) => Math.min(Math.max((a + b) / 2 - nameWidths[i]! / 2, left), right - nameWidths[i]!)),
    nameWidths,
    left,
    fontSize,
  );
  const bands: PlacedBand[] = bandsVisible.map((stage, i) => {
    const [a, b] = spans[i]!;
    return {
      id: stage.id,
      rank: stage.rank,
      x: round1(a),
      y: stageTop,
      width: round1(b - a),
      height: height - stageTop,
      name: { text: stage.name, x: round1(nameStarts[i]!), y: round1(stageNameY - lineHeight * 0.3), anchor: 'start', rotate: false },
    };
  });

  const ticks = getYearTicks(domain, x(domain[0] + 1) - x(domain[0]), smallFontSize);
  const grid: Segment[] = ticks.boundaries.map((year) => ({
    x1: round1(x(year)),
    y1: yearY - smallLineHeight,
    x2: round1(x(year)),
    y2: height,
  }));
  return {
    orientation: 'horizontal',
    width,
    height,
    fontSize,
    smallFontSize,
    domain,
    range: [left, right],
    legend: legend.entries,
    bands,
    grid,
    axis: { x1: left, y1: axisY, x2: right, y2: axisY },
    yearLabels: ticks.labels.map(({ year, at }) => ({ text: String(year), x: round1(x(at)), y: yearY, anchor: 'middle' })),
    rug: visible.map((item) => ({
      id: item.id,
      x1: round1(x(item.time)),
      y1: axisY - Math.round(fontSize * 0.35),
      x2: round1(x(item.time)),
      y2: axisY + Math.round(fontSize * 0.35),
      colorIndex: CATEGORY_STYLE[item.category].color,
    })),
    marks,
    context: layoutHorizontalContext(context, {
      x,
      domain,
      left,
      right,
      rowY: contextY - smallLineHeight * 0.25,
      lineTop: axisY,
      lineBottom: height,
      fontSize: smallFontSize,
    }),
  };
}
