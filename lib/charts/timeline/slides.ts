import type { TimelineChartData } from './types';

/** Every slide the timeline's rows come from. */
export function getTimelineSlides(data: TimelineChartData): number[] {
  return [...data.milestones.map((row) => row.source_slide), ...data.stages.map((row) => row.source_slide)];
}
