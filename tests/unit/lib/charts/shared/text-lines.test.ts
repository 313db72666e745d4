import { describe, expect, test } from 'vitest';
import { LINE_HEIGHT, placeTextLines } from '@/lib/charts/shared/text-lines';
import { getTextWidth } from '@/lib/charts/text-width';

describe('placeTextLines(key, text, {x, top, width, fontSize, bold})', () => {
  const place = (text: string, width: number, bold = false) => placeTextLines('k', text, { x: 10, top: 20, width, fontSize: 10, bold });

  test('keeps a short text on one line at the top, its baseline 0.95 em down', () => {
    const { lines, height } = place('Hello', 200);
    expect(lines).toEqual([
      {
        key: 'k-0',
        x: 10,
        y: 29.5,
        text: 'Hello',
        fontSize: 10,
        box: { x: 10, y: 21, width: Math.round(getTextWidth('Hello', 10) * 10) / 10, height: 12 },
      },
    ]);
    expect(height).toBe(10 * LINE_HEIGHT);
  });

  test('wraps into the width, lines LINE_HEIGHT apart, and returns the widest line', () => {
    const { lines, height, width } = place('one two three four five', 60);
    expect(lines.length).toBeGreaterThan(1);
    lines.forEach((line, i) => {
      expect(line.key).toBe(`k-${i}`);
      expect(line.y).toBe(Math.round((20 + i * 13.5 + 9.5) * 10) / 10);
      expect(line.box.width).toBeLessThanOrEqual(60);
    });
    expect(height).toBe(lines.length * 13.5);
    expect(width).toBe(Math.max(...lines.map((line) => line.box.width)));
  });

  test('measures bold text with the bold fonts’ widths and regular text with the regular ones', () => {
    expect(place('Hello', 200, true).lines[0]!.box.width).toBe(Math.round(getTextWidth('Hello', 10, 700) * 10) / 10);
    expect(place('Hello', 200).lines[0]!.box.width).toBe(Math.round(getTextWidth('Hello', 10) * 10) / 10);
    expect(getTextWidth('Hello', 10, 700)).toBeGreaterThan(getTextWidth('Hello', 10));
  });

  test('places nothing for empty text', () => {
    expect(place('', 100)).toEqual({ lines: [], height: 0, width: 0 });
  });
});
