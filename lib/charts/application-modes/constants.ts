import type { FontSizeCurve } from '@/lib/charts/shared/fit-font-size';

/** Below this width the modes stack as one indented tree; above it each mode gets a column. */
export const COLUMNS_MIN_WIDTH = 720;
export const MIN_FONT_SIZE = 10;
export const MARGIN = 3;
export const NOTE_MARKERS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'] as const;

/** Label size in viewBox units: about 13.5 at 360, 15 at 960, 26 at 1920 (projector images). */
export const FONT_SIZE_CURVE: FontSizeCurve = { narrow: 13.5, min: 12.5 };
