/** Geometry the France chart is drawn from, in viewBox units. */
export type Box = { x: number; y: number; width: number; height: number };

/** Colours by role; the renderer maps them onto the palette. */
export type Fill = 'series-0' | 'series-1' | 'series-2' | 'track' | 'hatch-2';

export type PlacedText = {
  key: string;
  /** Anchor point; y is the baseline. */
  x: number;
  y: number;
  text: string;
  fontSize: number;
  fontWeight: 400 | 600 | 700;
  anchor: 'start' | 'middle' | 'end';
  tone: 'text' | 'muted';
  /** The text's extent, for overlap checks. */
  box: Box;
};

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
