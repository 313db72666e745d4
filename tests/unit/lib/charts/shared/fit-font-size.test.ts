import { describe, expect, test } from 'vitest';
import { fitFontSize, getBaseFontSize } from '@/lib/charts/shared/fit-font-size';

describe('getBaseFontSize(width, curve)', () => {
  test('runs from the curve’s size at 360 to 15 at 960 and 26 at 1920, in half units', () => {
    const curve = { narrow: 14, min: 13 };
    expect(getBaseFontSize(360, curve)).toBe(14);
    expect(getBaseFontSize(660, curve)).toBe(14.5);
    expect(getBaseFontSize(960, curve)).toBe(15);
    expect(getBaseFontSize(1920, curve)).toBe(26);
    expect(getBaseFontSize(1280, { narrow: 13.5, min: 12.5 })).toBe(18.5);
  });

  test('never goes below the curve’s minimum', () => {
    expect(getBaseFontSize(0, { narrow: 14, min: 13 })).toBe(13.5);
    expect(getBaseFontSize(0, { narrow: 14, min: 14 })).toBe(14);
    expect(getBaseFontSize(0, { narrow: 13.5, min: 12.5 })).toBe(12.5);
  });
});

describe('fitFontSize(place, {start, min, height})', () => {
  const place = (fontSize: number) => ({ height: fontSize * 10 });

  test('keeps the start size where the layout fits', () => {
    expect(fitFontSize(place, { start: 15, min: 9, height: 200 })).toEqual({ fontSize: 15, layout: { height: 150 } });
  });

  test('shrinks half a unit at a time to the largest size that fits', () => {
    expect(fitFontSize(place, { start: 15, min: 9, height: 121 })).toEqual({ fontSize: 12, layout: { height: 120 } });
  });

  test('stops at the minimum where nothing fits, with the layout at that size', () => {
    const sizes: number[] = [];
    const result = fitFontSize((fontSize) => (sizes.push(fontSize), place(fontSize)), { start: 11, min: 10, height: 50 });
    expect(result).toEqual({ fontSize: 10, layout: { height: 100 } });
    expect(sizes).toEqual([11, 10.5, 10]);
  });
});
