import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import { LINE_HEIGHT } from './constants';
import type { PlacedText } from './types';

type BlockStyle = {
  x: number;
  top: number;
  width: number;
  fontSize: number;
  fontWeight?: PlacedText['fontWeight'];
  tone?: PlacedText['tone'];
};

/** Wraps text into `width` and places its lines from `top` down; returns the lines and their height. */
export function placeTextBlock(key: string, text: string, { x, top, width, fontSize, fontWeight = 400, tone = 'text' }: BlockStyle) {
  // Wide fallback fonts (DejaVu Sans) run past the estimate, bold ones more so: measure with room to spare.
  const measuredSize = fontSize * (fontWeight === 700 ? 1.2 : 1.08);
  const lineHeight = fontSize * LINE_HEIGHT;
  const lines = wrapText(text, measuredSize, width);
  const texts: PlacedText[] = lines.map((line, i) => ({
    key: `${key}-${i}`,
    x: round1(x),
    y: round1(top + i * lineHeight + fontSize * 0.95),
    text: line,
    fontSize: round1(fontSize),
    fontWeight,
    tone,
    box: {
      x: round1(x),
      y: round1(top + i * lineHeight + fontSize * 0.1),
      width: round1(getTextWidth(line, measuredSize)),
      height: round1(fontSize * 1.2),
    },
  }));
  return { texts, height: lines.length * lineHeight, width: Math.max(0, ...texts.map((t) => t.box.width)) };
}
