import { TIMELINE_DOMAIN } from '../dates';
import type { Domain } from './zoom';

/** How far a window must reach into a year for its words to name that year: a month. */
const YEAR_REACH = 1 / 12;

/**
 * The zoom window in words: whole years when wide, months when narrower than three years. A year
 * at either end is named when the window reaches a month or more into it, so the words name every
 * year whose events it can show (2001 to mid-2006 is "2001–2006", 2001 to the start of 2006 "2001–2005").
 */
export function formatWindow([from, to]: Domain, tDate: (key: string, values: Record<string, number>) => string) {
  if (to - from >= 3) {
    // The axis runs half a year past the first and last years, which have no events beyond them.
    const first = Math.max(Math.ceil(TIMELINE_DOMAIN[0]), Math.floor(from + YEAR_REACH));
    const last = Math.min(Math.floor(TIMELINE_DOMAIN[1]) - 1, Math.ceil(to - YEAR_REACH) - 1);
    return { from: String(first), to: String(Math.max(first, last)) };
  }
  const month = (time: number) => {
    const year = Math.floor(time);
    return tDate('month', { year, month: Math.min(12, Math.floor((time - year) * 12) + 1) });
  };
  return { from: month(from), to: month(to - 1 / 365) };
}
