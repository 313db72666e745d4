import { utcYear } from 'd3-time';
import { getTextWidth } from '@/lib/charts/text-width';

/** The UTC instant a fractional year (the time axis's unit) stands for: 1992.5 is halfway through 1992. */
export function toUtcDate(time: number): Date {
  const year = Math.floor(time);
  const start = Date.UTC(year, 0, 1);
  return new Date(start + (time - year) * (Date.UTC(year + 1, 0, 1) - start));
}

/** Year boundaries inside the domain (grid lines) and each year's label at the middle of its visible part. */
export function getYearTicks(
  [d0, d1]: readonly [number, number],
  pixelsPerYear: number,
  fontSize: number,
): { boundaries: number[]; labels: { year: number; at: number }[] } {
  const from = toUtcDate(d0);
  const to = toUtcDate(d1);
  const boundaries = utcYear.range(from, new Date(+to + 1)).map((date) => date.getUTCFullYear());
  const labelWidth = getTextWidth('2000', fontSize);
  // Years divisible by the step, so a label keeps its year while the window pans.
  const step = Math.max(1, Math.ceil((labelWidth + fontSize) / pixelsPerYear));
  const labelled = utcYear.every(step)?.range(utcYear.floor(from), to) ?? [];
  const labels = labelled.flatMap((date) => {
    const year = date.getUTCFullYear();
    const start = Math.max(year, d0);
    const end = Math.min(year + 1, d1);
    return (end - start) * pixelsPerYear < labelWidth ? [] : [{ year, at: (start + end) / 2 }];
  });
  return { boundaries, labels };
}
