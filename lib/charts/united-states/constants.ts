import type { FontSizeCurve } from '@/lib/charts/shared/fit-font-size';

/** Columns of panels by width: three side by side on wide screens, two on phones where the numbers fit. */
export const COLUMN_BREAKPOINTS: readonly { minWidth: number; columns: number }[] = [
  { minWidth: 720, columns: 3 },
  { minWidth: 300, columns: 2 },
  { minWidth: 0, columns: 1 },
];
export const SQUARES_PER_ROW = 10;
/** Fewer columns rather than big numbers less than this many times the label size. */
export const MIN_BIG_RATIO = 1.6;
export const MIN_FONT_SIZE = 9;

/** Label size in viewBox units: 14 at 360, 15 at 960, 26 at 1920 (projector images). */
export const FONT_SIZE_CURVE: FontSizeCurve = { narrow: 14, min: 13 };

export function getColumnCount(width: number): number {
  return COLUMN_BREAKPOINTS.find((b) => width >= b.minWidth)!.columns;
}

/** Space between a big number and the unit after it, in ems of the unit's size. */
export const UNIT_GAP = 0.3;
