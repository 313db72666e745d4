import 'server-only';
import type { Palette } from '@/lib/charts/palette';
import { createDrawingCache } from '../drawing-cache';

/** Enough for every chart in both languages and all palettes at a few sizes; image sizes are the user's to pick, so it is bounded. */
const MAX_THUMBNAILS = 120;

const thumbnails = createDrawingCache<string>(MAX_THUMBNAILS);
const paletteIds = new WeakMap<Palette, number>();
let nextPaletteId = 0;

/** Palettes are constants (one per theme, and the page's CSS variables), so each gets a number for the key. */
function paletteId(palette: Palette): number {
  let id = paletteIds.get(palette);
  if (id === undefined) paletteIds.set(palette, (id = nextPaletteId++));
  return id;
}

export type ThumbnailKey = { chart: string; locale: string; palette: Palette; width: number; height: number; minFontSize?: number };

/**
 * A small chart's markup for the overview, drawn once per chart, language, palette, box size and least text while
 * the data files stay the same: the overview draws five charts several times each to find the best fit,
 * which is most of the cost of an overview image.
 */
export function getThumbnail(key: ThumbnailKey, draw: () => Promise<string>): Promise<string> {
  const { chart, locale, palette, width, height, minFontSize } = key;
  return thumbnails([chart, locale, paletteId(palette), Math.round(width), Math.round(height), minFontSize ?? ''].join('|'), draw);
}
