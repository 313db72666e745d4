import type { Box, PlacedText } from '@/lib/charts/shared/box';

/** Geometry the coverage chart is drawn from, in viewBox units (rounded). */
export type { Box, PlacedText };

/** One administrative level in the page's language, before it is placed. */
export type CoverageLevel = {
  id: string;
  rank: number;
  /** Share with a website, 0–100. */
  share: number;
  name: string;
  /** The share with the deck's qualifier: "nearly 77%". */
  value: string;
  /** "300+", where the deck gives a total. */
  total: string | null;
  /** "out of 300+ (the deck’s count)", where the deck gives a total. */
  totalLine: string | null;
  note: string | null;
  /** The note's letter, empty where the level has no note. */
  marker: string;
  tip: string;
};

export type PlacedTick = { value: number; x: number; y1: number; y2: number; label: PlacedText };

/** One administrative level: its name, the 0–100 % track, the bar, its value and the deck's total. */
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
  /** "out of 300+ (the deck’s count)", where the deck gives a total; else empty. */
  totalLines: PlacedText[];
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
