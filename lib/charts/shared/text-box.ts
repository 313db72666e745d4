import { getTextWidth } from '@/lib/charts/text-width';
import type { PlacedText } from './box';
import { round1 } from './numbers';

/** A text at an anchor point (y the baseline) with the box it covers. */
export function placeText(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  { anchor = 'start', fontWeight = 400, tone = 'text' }: Partial<Pick<PlacedText, 'anchor' | 'fontWeight' | 'tone'>> = {},
): PlacedText {
  const width = Math.ceil(getTextWidth(text, fontSize, fontWeight));
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return {
    x: round1(x),
    y: round1(y),
    text,
    fontSize,
    fontWeight,
    anchor,
    tone,
    box: { x: round1(left), y: round1(y - fontSize * 0.82), width, height: round1(fontSize * 1.05) },
  };
}
