import { getTextWidth } from '@/lib/charts/text-width';
import { CATEGORY_STYLE } from './categories';
import type { PlacedLegendEntry } from './geometry';
import { getShapePath } from './shapes';
import type { TimelineInput } from './types';

/** Category legend in rows from (left, top), wrapping at right. Returns the entries and the bottom. */
export function layoutLegend(
  legend: TimelineInput['legend'],
  { left, right, top, fontSize, markRadius }: { left: number; right: number; top: number; fontSize: number; markRadius: number },
): { entries: PlacedLegendEntry[]; bottom: number } {
  const rowHeight = Math.round(fontSize * 1.5);
  const gap = Math.round(fontSize * 1.2);
  const entries: PlacedLegendEntry[] = [];
  let x = left;
  let y = top;
  for (const { category, label } of legend) {
    const width = markRadius * 2 + 6 + getTextWidth(label, fontSize);
    if (x > left && x + width > right) {
      x = left;
      y += rowHeight;
    }
    const { shape, color } = CATEGORY_STYLE[category];
    const cy = y + rowHeight / 2;
    entries.push({
      category,
      colorIndex: color,
      path: getShapePath(shape, x + markRadius, cy, markRadius),
      label: { text: label, x: Math.round(x + markRadius * 2 + 6), y: Math.round(cy + fontSize * 0.35) },
    });
    x += Math.ceil(width + gap);
  }
  return { entries, bottom: y + rowHeight };
}
