import type { Locale } from '@/lib/i18n/routing';

/** Below this width the three panels stack; above it they stand side by side. */
export const COLUMNS_MIN_WIDTH = 720;
export const MIN_FONT_SIZE = 10;
export const MARGIN = 3;

/** Label size in viewBox units: about 13.5 at 360, 15 at 960, 26 at 1920 (projector images). */
export function getBaseFontSize(width: number): number {
  const size = width <= 960 ? 13.5 + ((width - 360) / 600) * 1.5 : 15 + ((width - 960) / 960) * 11;
  return Math.round(Math.max(12.5, size) * 2) / 2;
}

/** Head counts as each language reads them: 6001万 in Chinese, 60,011,200 in English. */
export const COMPACT_PEOPLE: Record<Locale, boolean> = { zh: true, en: false };
