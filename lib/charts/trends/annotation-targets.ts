import type { AnnotationTargets } from '@/lib/charts/annotation/layout';
import type { Box } from '@/lib/charts/shared/box';
import type { EgdiLayout } from './egdi';
import type { TrendsLayout } from './types';

/** A box round a point, `r` each side. */
function around({ x, y }: { x: number; y: number }, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/**
 * What an annotation of the trends chart points at: a country by its end label and the end of its line
 * (an outline round the whole line would cover the others), a milestone by its label and its dashed
 * line. A note keeps clear of every label (ticks, stages, milestones and countries) and of the lines'
 * points, so that it hides no year of any country: where the plot has no room, it goes under the chart.
 */
export function getTrendsAnnotationTargets(layout: TrendsLayout): AnnotationTargets {
  const r = Math.round(layout.fontSize * 0.4);
  const lines = layout.lines.filter((line) => line.points.length > 0);
  return {
    marks: [
      ...lines.flatMap((line) => [line.label.box, around(line.end, r)].map((box) => ({ id: line.code, box }))),
      ...layout.events.flatMap((event) =>
        [event.label.box, { x: event.x - 1, y: event.y1, width: 2, height: event.y2 - event.y1 }].map((box) => ({ id: event.id, box })),
      ),
    ],
    labels: [
      ...layout.yTicks.map((tick) => tick.label.box),
      ...layout.xTicks.map((tick) => tick.label.box),
      ...layout.bands.flatMap((band) => (band.label ? [band.label.box] : [])),
      ...layout.events.map((event) => event.label.box),
      ...lines.map((line) => line.label.box),
      ...lines.flatMap((line) => line.points.map((point) => around(point, r))),
    ],
  };
}

/**
 * What an annotation of the EGDI chart points at: a country by its legend entry (its swatch and name),
 * which its lines in the four panels follow. A note keeps clear of the legend, panel titles and ticks.
 */
export function getEgdiAnnotationTargets(layout: EgdiLayout): AnnotationTargets {
  const swatch = (item: EgdiLayout['legend'][number]): Box => ({
    x: item.x,
    y: item.y - layout.fontSize * 0.3,
    width: layout.fontSize * 1.2,
    height: layout.fontSize * 0.6,
  });
  return {
    marks: layout.legend.flatMap((item) => [swatch(item), item.label.box].map((box) => ({ id: item.code, box }))),
    labels: [
      ...layout.legend.map((item) => item.label.box),
      ...layout.panels.flatMap((panel) => [
        panel.title.box,
        ...panel.yTicks.map((tick) => tick.label.box),
        ...panel.xTicks.map((tick) => tick.label.box),
      ]),
      ...(layout.empty ? [layout.empty.box] : []),
    ],
  };
}
