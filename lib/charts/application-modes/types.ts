import type { Box, PlacedText as SharedPlacedText } from '@/lib/charts/shared/box';
import type { ModeId } from '@/lib/datasets/application-modes';

/** Geometry the application-modes tree is drawn from, in viewBox units. */
export type { Box };

/** x is the start of the baseline: the renderer sets the anchor. */
export type PlacedText = Omit<SharedPlacedText<'text' | 'muted' | 'inverse'>, 'anchor'> & { key: string };

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
