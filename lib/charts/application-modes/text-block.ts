import { placeTextLines } from '@/lib/charts/shared/text-lines';
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
export function placeTextBlock(key: string, text: string, { fontWeight = 400, tone = 'text', ...place }: BlockStyle) {
  const { lines, height, width } = placeTextLines(key, text, { ...place, bold: fontWeight === 700 });
  const texts: PlacedText[] = lines.map((line) => ({ ...line, fontWeight, tone }));
  return { texts, height, width };
}
