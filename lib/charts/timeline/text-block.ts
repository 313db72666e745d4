import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { TimelineItem } from './types';

export type LabelBlock = { dateText: string; titleLines: string[]; width: number; height: number };

export type LabelMetrics = {
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  smallLineHeight: number;
  /** The share of a label's width its title wraps to: less than all where the title may be drawn bold. */
  titleRoom: number;
};

/** Room for a title drawn bold (a page's selected milestone, the presentation's current one), which runs wider. */
const BOLD_ROOM = 0.92;

/**
 * Sizes of a label whose title is `fontSize`: its date a little smaller, but never under `minFontSize`.
 * `emphasis`: a milestone may be drawn bold (pages, the presentation's steps); images draw none so.
 */
export function getLabelMetrics(fontSize: number, minFontSize = 0, emphasis = true): LabelMetrics {
  const smallFontSize = Math.max(minFontSize, Math.round(fontSize * 0.86));
  return {
    fontSize,
    smallFontSize,
    lineHeight: Math.round(fontSize * 1.3),
    smallLineHeight: Math.round(smallFontSize * 1.3),
    titleRoom: emphasis ? BOLD_ROOM : 1,
  };
}

/** A milestone's label: its date on one line, its title wrapped to maxWidth below. */
export function getLabelBlock(item: TimelineItem, maxWidth: number, metrics: LabelMetrics): LabelBlock {
  const titleLines = wrapText(item.title, metrics.fontSize, maxWidth * metrics.titleRoom);
  const width = Math.max(
    getTextWidth(item.dateLabel, metrics.smallFontSize),
    ...titleLines.map((line) => getTextWidth(line, metrics.fontSize)),
  );
  const height = metrics.smallLineHeight + titleLines.length * metrics.lineHeight;
  return { dateText: item.dateLabel, titleLines, width: Math.ceil(width), height };
}
