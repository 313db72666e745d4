/** A rectangle in viewBox units. */
export type Box = { x: number; y: number; width: number; height: number };

export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * A line of text the layout has placed and sized: x is the anchor point, y the baseline, and box
 * the extent the text covers, for overlap checks. Charts narrow the tones and weights they use.
 */
export type PlacedText<Tone extends string = 'text' | 'muted', Weight extends number = 400 | 700> = {
  x: number;
  y: number;
  text: string;
  fontSize: number;
  fontWeight: Weight;
  anchor: TextAnchor;
  tone: Tone;
  box: Box;
};

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
