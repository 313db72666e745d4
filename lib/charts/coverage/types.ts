import type { Box, PlacedText } from '@/lib/charts/shared/box';

/** Geometry the coverage chart is drawn from, in viewBox units (rounded). */
export type { Box, PlacedText };

export type PlacedTick = { value: number; x: number; y1: number; y2: number; label: PlacedText };

/** One administrative level: its name, the 0–100 % track, the bar, its value and estimate. */
export type PlacedLevel = {
  id: string;
  rank: number;
  share: number;
  nameLines: PlacedText[];
  track: Box;
  bar: Box;
  /** The share with its qualifier; its box includes the footnote marker drawn after it. */
  value: PlacedText;
  /** Footnote marker, raised after the value ("96%ᵃ"); empty where the level has no note. */
  marker: { text: string; fontSize: number };
  /** "≈ 282+ of 300+ with a website", where the deck gives a total; else empty. */
  estimateLines: PlacedText[];
  /** Accessible name and tooltip of the level. */
  tip: string;
};

export type CoverageLayout = {
  width: number;
  height: number;
  fontSize: number;
  /** Level names above their bars (narrow) or in a column beside them (wide). */
  arrangement: 'stacked' | 'side';
  axisTitle: PlacedText;
  ticks: PlacedTick[];
  levels: PlacedLevel[];
};
