import type { FontSizeCurve } from '@/lib/charts/shared/fit-font-size';
import type { Locale } from '@/lib/i18n/routing';

/** Below this width the three panels stack; above it they stand side by side. */
export const COLUMNS_MIN_WIDTH = 720;
export const MIN_FONT_SIZE = 10;
export const MARGIN = 3;

/** Label size in viewBox units: about 13.5 at 360, 15 at 960, 26 at 1920 (projector images). */
export const FONT_SIZE_CURVE: FontSizeCurve = { narrow: 13.5, min: 12.5 };

/** Head counts as each language reads them: 6001万 in Chinese, 60,011,200 in English. */
export const COMPACT_PEOPLE: Record<Locale, boolean> = { zh: true, en: false };
