import type { Box, PlacedText } from '@/lib/charts/shared/box';

export type { Box, PlacedText };

/** One figure in its own panel: name, big number with its unit, and a unit chart on its own scale. */
export type PlacedUsPanel = {
  id: string;
  unit: string;
  frame: Box;
  headingLines: PlacedText[];
  /** The number with the deck's qualifier; its box includes the footnote marker drawn after it. */
  value: PlacedText;
  marker: { text: string; fontSize: number };
  /** The unit drawn on the number's line, after it, where it fits ("240,000 people"). */
  unitInline: { text: string; fontSize: number } | null;
  /** Otherwise the unit on lines of its own below the number. */
  unitLines: PlacedText[];
  /** One square per step of the panel's own unit; the last may be partly filled. */
  squares: Box[];
  /** Square outlines behind partly filled squares, so the whole square stays visible. */
  squareOutlines: Box[];
  /** "+" after the squares where the deck says "N-plus". */
  plus: PlacedText | null;
  keySwatch: Box;
  keyLines: PlacedText[];
  tip: string;
};

export type UnitedStatesLayout = {
  width: number;
  height: number;
  fontSize: number;
  columns: number;
  panels: PlacedUsPanel[];
};

/** A figure's words in the page's language and its square count, before they are placed. */
export type PanelText = {
  id: string;
  unit: string;
  heading: string;
  value: string;
  /** The note's letter, empty where the figure has no note. */
  marker: string;
  unitWord: string;
  squares: number;
  plus: boolean;
  key: string;
  tip: string;
};
