import type { ModeId } from '@/lib/datasets/application-modes';

/** Geometry the application-modes tree is drawn from, in viewBox units. */
export type Box = { x: number; y: number; width: number; height: number };

export type PlacedText = {
  key: string;
  /** Start of the baseline. */
  x: number;
  y: number;
  text: string;
  fontSize: number;
  fontWeight: 400 | 700;
  tone: 'text' | 'muted' | 'inverse';
  /** The text's extent, for overlap checks. */
  box: Box;
};

export type PlacedItem = { key: string; no: number; box: Box; texts: PlacedText[]; tip: string };

export type PlacedMode = {
  id: ModeId;
  /** Index into the palette's series colours. */
  colour: number;
  /** The mode's letter in its badge (G, B, C): the cue besides colour. */
  letter: string;
  box: Box;
  badge: { cx: number; cy: number; r: number; text: PlacedText };
  texts: PlacedText[];
  definition: PlacedText[];
  /** The mode's spine and a branch to each item. */
  path: string;
  items: PlacedItem[];
  tip: string;
};

export type ModeNote = { marker: string; text: string };
