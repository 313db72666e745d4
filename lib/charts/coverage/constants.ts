import type { FontSizeCurve } from '@/lib/charts/shared/fit-font-size';

/** From this width level names get a column beside the bars; below it they sit above them. */
export const SIDE_BY_SIDE_MIN_WIDTH = 560;
export const MIN_FONT_SIZE = 9;
/** Room after the widest value label, for fonts that run wider than the estimate. */
export const RIGHT_MARGIN = 4;
/** The name column takes at most this share of the width. */
export const MAX_NAME_COLUMN_SHARE = 0.3;
export const TICKS_WIDE = [0, 25, 50, 75, 100] as const;
export const TICKS_NARROW = [0, 50, 100] as const;

/** Label size in viewBox units: 14 at 360, 15 at 960, 26 at 1920 (projector images). */
export const FONT_SIZE_CURVE: FontSizeCurve = { narrow: 14, min: 13 };
