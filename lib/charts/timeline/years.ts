import { getTextWidth } from '@/lib/charts/text-width';

/** Year boundaries inside the domain (grid lines) and each year's label at the middle of its visible part. */
export function getYearTicks(
  [d0, d1]: readonly [number, number],
  pixelsPerYear: number,
  fontSize: number,
): { boundaries: number[]; labels: { year: number; at: number }[] } {
  const boundaries: number[] = [];
  for (let year = Math.ceil(d0); year <= Math.floor(d1); year++) boundaries.push(year);
  const step = Math.max(1, Math.ceil((getTextWidth('2000', fontSize) + fontSize) / pixelsPerYear));
  const labels: { year: number; at: number }[] = [];
  for (let year = Math.floor(d0); year < d1; year++) {
    if (year % step !== 0) continue;
    const from = Math.max(year, d0);
    const to = Math.min(year + 1, d1);
    if ((to - from) * pixelsPerYear < getTextWidth('2000', fontSize)) continue;
    labels.push({ year, at: (from + to) / 2 });
  }
  return { boundaries, labels };
}
