import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { TimelineItem } from './types';

export type LabelBlock = { dateText: string; titleLines: string[]; width: number; height: number };

export type LabelMetrics = { fontSize: number; smallFontSize: number; lineHeight: number; smallLineHeight: number };

/** Sizes of a label whose title is `fontSize`: its date a little smaller, but never under `minFontSize`. */
export function getLabelMetrics(fontSize: number, minFontSize = 0): LabelMetrics {
  const smallFontSize = Math.max(minFontSize, Math.round(fontSize * 0.86));
  return { fontSize, smallFontSize, lineHeight: Math.round(fontSize * 1.3), smallLineHeight: Math.round(smallFontSize * 1.3) };
}

/** Leaves room for glyphs the estimate counts narrow but CJK fonts draw wide (— “ ”). */
const WRAP_SAFETY = 0.92;

/** A milestone's label: its date on one line, its title wrapped to maxWidth below. */
export function getLabelBlock(item: TimelineItem, maxWidth: number, metrics: LabelMetrics): LabelBlock {
  const titleLines = wrapText(item.title, metrics.fontSize, maxWidth * WRAP_SAFETY);
  const width = Math.max(
    getTextWidth(item.dateLabel, metrics.smallFontSize),
    ...titleLines.map((line) => getTextWidth(line, metrics.fontSize)),
  );
  const height = metrics.smallLineHeight + titleLines.length * metrics.lineHeight;
  return { dateText: item.dateLabel, titleLines, width: Math.ceil(width), height };
}
