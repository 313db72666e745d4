import type { AnnotationTargets } from '@/lib/charts/annotation/layout';
import type { Box } from '@/lib/charts/shared/box';
import { getTextWidth } from '@/lib/charts/text-width';
import type { MilestoneCategory, StageId } from '@/lib/datasets/milestones';
import type { MarkShape } from './categories';

export type TextLine = { text: string; x: number; y: number };
export type Segment = { x1: number; y1: number; x2: number; y2: number };

export type PlacedLabel = Box & {
  anchor: 'start' | 'end';
  date: TextLine;
  title: TextLine[];
};

export type PlacedMark = {
  id: string;
  x: number;
  y: number;
  /** The mark's shape as a path, centred on (x, y). */
  path: string;
  shape: MarkShape;
  colorIndex: number;
  category: MilestoneCategory;
  stage: StageId;
  stageRank: number;
  tip: string;
  label: PlacedLabel;
  /** Line from the mark to its label, where the label is not next to it. */
  leader: string | null;
  /** What a pointer or finger hits to choose the milestone: the label's box, or more (a page read by touch). */
  hit: Box;
};

export type PlacedBand = Box & {
  id: StageId;
  rank: number;
  name: TextLine & { anchor: 'start' | 'middle' | 'end'; rotate: boolean };
};

export type PlacedLegendEntry = { category: MilestoneCategory; label: TextLine; path: string; colorIndex: number };

export type PlacedContext = {
  id: string;
  text: TextLine & { anchor: 'start' | 'end' | 'middle' };
  /** A line at the year inside the axis, or an arrow at the edge for a year before it. */
  path: string;
  outside: boolean;
};

export type TimelineGeometry = {
  orientation: 'horizontal' | 'vertical' | 'columns';
  width: number;
  height: number;
  fontSize: number;
  smallFontSize: number;
  domain: readonly [number, number];
  /** Where the time axis runs: x range (horizontal) or y range (vertical). */
  range: readonly [number, number];
  legend: PlacedLegendEntry[];
  bands: PlacedBand[];
  grid: Segment[];
  axis: Segment;
  yearLabels: (TextLine & { anchor: 'start' | 'middle' | 'end' })[];
  /** Small ticks on the axis at each milestone's date, keyed by the milestone's id. */
  rug: (Segment & { id: string; colorIndex: number })[];
  marks: PlacedMark[];
  context: PlacedContext[];
};

export { boxesIntersect } from '@/lib/charts/shared/box';

function getLineBox(line: TextLine, fontSize: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box {
  const width = getTextWidth(line.text, fontSize);
  const x = anchor === 'start' ? line.x : anchor === 'end' ? line.x - width : line.x - width / 2;
  return { x, y: line.y - fontSize, width, height: fontSize * 1.25 };
}

/** Each milestone (its shape and its label) as a mark, and every text, for the annotation layer. */
export function getTimelineAnnotationTargets(g: TimelineGeometry): AnnotationTargets {
  const r = g.fontSize * 0.6;
  const small = g.smallFontSize;
  return {
    marks: g.marks.flatMap((mark) => [
      { id: mark.id, box: { x: mark.x - r, y: mark.y - r, width: 2 * r, height: 2 * r } },
      { id: mark.id, box: { x: mark.label.x, y: mark.label.y, width: mark.label.width, height: mark.label.height } },
    ]),
    labels: [
      ...g.marks.map((mark) => ({ x: mark.label.x, y: mark.label.y, width: mark.label.width, height: mark.label.height })),
      ...g.yearLabels.map((label) => getLineBox(label, small, label.anchor)),
      ...g.legend.map((entry) => getLineBox(entry.label, small)),
      ...g.bands.filter((band) => band.name.text && !band.name.rotate).map((band) => getLineBox(band.name, small, band.name.anchor)),
      ...g.context.map((marker) => getLineBox(marker.text, small, marker.text.anchor)),
    ],
  };
}
