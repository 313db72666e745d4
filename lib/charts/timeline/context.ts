import type { ScaleLinear } from 'd3-scale';
import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth } from '@/lib/charts/text-width';
import type { PlacedContext } from './geometry';
import { spreadInOrder } from './pack';
import type { TimelineContext } from './types';

/** Where another country's start falls on the axis: mid-year (the deck gives years only). */
export function getContextTime(context: TimelineContext): number {
  return context.year + 0.5;
}

/**
 * Context markers on the horizontal axis, in one row of labels: a dashed line at a year inside
 * the axis, or the label alone at the left edge for a year before it (its text carries the arrow).
 */
export function layoutHorizontalContext(
  context: readonly TimelineContext[],
  o: {
    x: ScaleLinear<number, number>;
    domain: readonly [number, number];
    left: number;
    right: number;
    rowY: number;
    lineTop: number;
    lineBottom: number;
    fontSize: number;
  },
): PlacedContext[] {
  const shown = context.filter((c) => getContextTime(c) <= o.domain[1]).sort((a, b) => a.year - b.year);
  const labels = shown.map((c) => (getContextTime(c) < o.domain[0] ? c.labelBefore : c.label));
  const widths = labels.map((label) => Math.ceil(getTextWidth(label, o.fontSize)));
  const wanted = shown.map((c, i) => {
    const t = getContextTime(c);
    return t < o.domain[0] ? o.left : Math.min(o.x(t) + 4, o.right - widths[i]!);
  });
  const starts = spreadInOrder(wanted, widths, o.left, o.fontSize);
  return shown.map((c, i) => {
    const t = getContextTime(c);
    const outside = t < o.domain[0];
    const lineX = round1(o.x(t));
    return {
      id: c.id,
      outside,
      text: { text: labels[i]!, x: round1(starts[i]!), y: round1(o.rowY), anchor: 'start' },
      path: outside ? '' : `M${lineX},${o.lineTop}V${o.lineBottom}`,
    };
  });
}
