import type { Domain } from './zoom';

/** The zoom window in words: whole years when wide, months when narrower than three years. */
export function formatWindow([from, to]: Domain, tDate: (key: string, values: Record<string, number>) => string) {
  if (to - from >= 3)
    return { from: String(Math.floor(from + 0.5)), to: String(Math.max(Math.floor(from + 0.5), Math.ceil(to - 0.5) - 1)) };
  const month = (time: number) => {
    const year = Math.floor(time);
    return tDate('month', { year, month: Math.min(12, Math.floor((time - year) * 12) + 1) });
  };
  return { from: month(from), to: month(to - 1 / 365) };
}
