import { layoutTimeline, type TimelineLayoutOptions } from '@/lib/charts/timeline/layout';
import type { TimelineGeometry } from '@/lib/charts/timeline/geometry';
import type { TimelineInput } from '@/lib/charts/timeline/types';

/**
 * The timeline for a 16:9 slide. Twenty titled labels need a chart taller than it is wide, so
 * on the slide each mark keeps only its date; the caption under the chart gives the current
 * event's title in large type, and each mark's accessible name still has the full title.
 */
export function layoutDeckTimeline(input: TimelineInput, options: TimelineLayoutOptions): TimelineGeometry {
  const items = input.items.map((item) => ({ ...item, title: '' }));
  return layoutTimeline({ ...input, items }, options);
}
