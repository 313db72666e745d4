import { describe, expect, test } from 'vitest';
import { placeText } from '@/lib/charts/shared/text-box';
import { getTextWidth } from '@/lib/charts/text-width';

describe('placeText(text, x, y, fontSize, style)', () => {
  test('places a line at its anchor point, y the baseline, with the box it covers', () => {
    expect(placeText('Hello', 10.04, 30.06, 10)).toEqual({
      x: 10,
      y: 30.1,
      text: 'Hello',
      fontSize: 10,
      fontWeight: 400,
      anchor: 'start',
      tone: 'text',
      box: { x: 10, y: 21.9, width: Math.ceil(getTextWidth('Hello', 10)), height: 10.5 },
    });
  });

  test('puts the box left of the anchor point for middle and end anchors', () => {
    const width = Math.ceil(getTextWidth('Hello', 10));
    expect(placeText('Hello', 100, 30, 10, { anchor: 'middle' }).box.x).toBe(100 - width / 2);
    expect(placeText('Hello', 100, 30, 10, { anchor: 'end' }).box.x).toBe(100 - width);
  });

  test('measures bold text with the bold fonts’ widths, wider than regular', () => {
    const bold = placeText('2,000', 0, 0, 20, { fontWeight: 700, tone: 'muted' });
    expect(bold.box.width).toBe(Math.ceil(getTextWidth('2,000', 20, 700)));
    expect(bold.box.width).toBeGreaterThan(getTextWidth('2,000', 20));
    expect(bold.tone).toBe('muted');
  });
});
