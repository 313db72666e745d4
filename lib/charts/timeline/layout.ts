import { clamp } from '@/lib/charts/shared/numbers';
import type { Locale } from '@/lib/i18n/routing';
import { TIMELINE_DOMAIN } from './dates';
import type { TimelineGeometry } from './geometry';
import { layoutHorizontal } from './layout-horizontal';
import { layoutVertical } from './layout-vertical';
import { VERTICAL_BELOW } from './orientation';
import type { TimelineInput } from './types';

export type TimelineLayoutOptions = {
  width: number;
  /** Fit into this height (image export); otherwise take the height the labels need. */
  height?: number;
  locale: Locale;
  /** The visible window of the time axis, in fractional years (the explorer's zoom). */
  domain?: readonly [number, number];
  /** Show when other countries began (the explorer's context markers). */
  showContext?: boolean;
  /** Titles at least this size: a page's timeline keeps its text readable at any width (images size their own). */
  minFontSize?: number;
  /** Each milestone's tap target (PlacedMark.hit) at least this tall, none overlapping: a page read by touch. */
  minTarget?: number;
};

export { VERTICAL_BELOW };

/** Label widths tried, in font sizes: the layout keeps whichever is shortest. */
export const LABEL_EMS = [12, 15, 19, 24] as const;
const FIT_SCALES = [1, 0.9, 0.8, 0.7, 0.6, 0.5] as const;

function getFontSize(width: number): number {
  return Math.round(clamp(width / 68, 13, 28));
}

export function layoutTimeline(
  input: TimelineInput,
  { width, height, domain = TIMELINE_DOMAIN, showContext = false, minFontSize = 0, minTarget = 0 }: TimelineLayoutOptions,
): TimelineGeometry {
  const fontSize = Math.max(minFontSize, getFontSize(width));
  if (width < VERTICAL_BELOW)
    return layoutVertical(input, { width, fontSize: Math.max(minFontSize, Math.min(fontSize, 14)), domain, showContext, minTarget });
  const natural = LABEL_EMS.map((labelEms) =>
    layoutHorizontal(input, { width, fontSize, labelEms, domain, showContext, minTarget }),
  ).reduce((a, b) => (b.height < a.height ? b : a));
  if (height === undefined || natural.height <= height) return height === undefined ? natural : { ...stretch(natural, height) };
  let best = natural;
  for (const scale of FIT_SCALES) {
    for (const labelEms of LABEL_EMS) {
      const candidate = layoutHorizontal(input, {
        width,
        fontSize: Math.max(10, Math.round(fontSize * scale)),
        labelEms,
        domain,
        showContext,
      });
      if (candidate.height <= height) return stretch(candidate, height);
      if (candidate.height < best.height) best = candidate;
    }
  }
  return best;
}

/** Fills a fixed-size image: the stage bands and grid run to the bottom edge. */
export function stretch(geometry: TimelineGeometry, height: number): TimelineGeometry {
  return {
    ...geometry,
    height,
    bands: geometry.bands.map((band) => ({ ...band, height: height - band.y })),
    grid: geometry.grid.map((line) => ({ ...line, y2: height })),
  };
}
