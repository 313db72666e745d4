import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { Box } from './box';
import { round1 } from './numbers';

/** Lines of wrapped text are this many font sizes apart. */
export const LINE_HEIGHT = 1.35;

/** Where one line of a wrapped text goes: from x (y the baseline), keyed `${key}-${index}`. */
export type TextLine = { key: string; x: number; y: number; text: string; fontSize: number; box: Box };

/**
 * Wraps text into `width` and places its lines from `top` down, each with the box it covers.
 * Returns the lines, their height, and the widest line's width; charts add their tone and weight.
 */
export function placeTextLines(
  key: string,
  text: string,
  { x, top, width, fontSize, bold }: { x: number; top: number; width: number; fontSize: number; bold: boolean },
): { lines: TextLine[]; height: number; width: number } {
  const fontWeight = bold ? 700 : 400;
  const lineHeight = fontSize * LINE_HEIGHT;
  const lines = wrapText(text, fontSize, width, fontWeight).map((line, i) => ({
    key: `${key}-${i}`,
    x: round1(x),
    y: round1(top + i * lineHeight + fontSize * 0.95),
    text: line,
    fontSize: round1(fontSize),
    box: {
      x: round1(x),
      y: round1(top + i * lineHeight + fontSize * 0.1),
      width: round1(getTextWidth(line, fontSize, fontWeight)),
      height: round1(fontSize * 1.2),
    },
  }));
  return { lines, height: lines.length * lineHeight, width: Math.max(0, ...lines.map((line) => line.box.width)) };
}
