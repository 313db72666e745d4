import type { Box } from '@/lib/charts/shared/box';
import { round1 } from '@/lib/charts/shared/numbers';
import { CATEGORY_STYLE } from './categories';
import type { PlacedMark } from './geometry';
import { getShapePath } from './shapes';
import type { LabelBlock, LabelMetrics } from './text-block';
import type { TimelineInput, TimelineItem } from './types';

export type MarkPlacement = {
  /** The mark's centre. */
  x: number;
  y: number;
  r: number;
  /** The label's box, and where its date line starts (`top` unrounded, as the lines are placed from it). */
  label: Box & { anchor: 'start' | 'end'; top: number; textX: number };
  block: LabelBlock;
  metrics: LabelMetrics;
  leader: string | null;
  /** The tap target, where it is more than the label's box. */
  hit?: Box;
};

/** A milestone's mark in its category's shape and colour, and its label: the date, then the title's lines. */
export function placeMark(
  item: TimelineItem,
  stages: TimelineInput['stages'],
  { x, y, r, label, block, metrics, leader, hit }: MarkPlacement,
): PlacedMark {
  const { shape, color } = CATEGORY_STYLE[item.category];
  const { top, textX, ...box } = label;
  const { lineHeight, smallLineHeight } = metrics;
  return {
    id: item.id,
    x: round1(x),
    y: round1(y),
    path: getShapePath(shape, x, y, r),
    shape,
    colorIndex: color,
    category: item.category,
    stage: item.stage,
    stageRank: stages.find((s) => s.id === item.stage)?.rank ?? 1,
    tip: item.tip,
    label: {
      ...box,
      date: { text: block.dateText, x: textX, y: round1(top + smallLineHeight * 0.75) },
      title: block.titleLines.map((text, i) => ({ text, x: textX, y: round1(top + smallLineHeight + lineHeight * i + lineHeight * 0.75) })),
    },
    leader,
    hit: hit ?? box,
  };
}
