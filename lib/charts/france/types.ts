import type { Box, PlacedText as SharedPlacedText } from '@/lib/charts/shared/box';

/** Geometry the France chart is drawn from, in viewBox units. */
export type { Box };

/** Colours by role; the renderer maps them onto the palette. */
export type Fill = 'series-0' | 'series-1' | 'series-2' | 'track' | 'hatch-2';

export type PlacedText = SharedPlacedText<'text' | 'muted', 400 | 600 | 700> & { key: string };

export type PlacedBar = Box & {
  key: string;
  fill: Fill;
  /** Read out and shown as tooltip; bars without one are decoration (tracks). */
  tip?: string;
};

export type PlacedRule = { key: string; x1: number; y1: number; x2: number; y2: number; stroke: Fill; dashed: boolean };

export type PanelId = 'people' | 'households' | 'adults';

export type PlacedPanel = {
  id: PanelId;
  heading: string;
  box: Box;
  texts: PlacedText[];
  bars: PlacedBar[];
  rules: PlacedRule[];
};
