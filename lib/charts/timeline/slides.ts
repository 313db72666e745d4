import type { TimelineChartData } from './types';

/** Slide numbers as ranges: [46, 47, 48, 50, 60] → "46–48, 50, 60" (joined with 、 in Chinese). */
export function formatSlideRanges(slides: readonly number[], locale: 'zh' | 'en'): string {
  const sorted = [...new Set(slides)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(locale === 'zh' ? '、' : ', ');
}

/** Every slide the timeline's rows come from. */
export function getTimelineSlides(data: TimelineChartData): number[] {
  return [...data.milestones.map((row) => row.source_slide), ...data.stages.map((row) => row.source_slide)];
}
