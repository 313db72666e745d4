import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { clamp, linearMap, round1 } from '@/lib/charts/shared/numbers';

describe('round1(value)', () => {
  test('rounds to one decimal, halves up', () => {
    expect(round1(12.34)).toBe(12.3);
    expect(round1(12.25)).toBe(12.3);
    expect(round1(-0.04)).toBe(-0);
    expect(round1(7)).toBe(7);
  });
});

describe('clamp(value, min, max)', () => {
  test('keeps a value inside [min, max]', () => {
    expect(clamp(5, 0, 10)).toBe(5);
    expect(clamp(-1, 0, 10)).toBe(0);
    expect(clamp(11, 0, 10)).toBe(10);
  });
});

describe('linearMap(domain, range)', () => {
  test("maps a domain onto a range to the same numbers as d3's scaleLinear, beyond the ends too", () => {
    const map = linearMap([1991.5, 2007.5], [8, 952]);
    const d3 = scaleLinear([1991.5, 2007.5], [8, 952]);
    for (const value of [1991.5, 1992.37, 1999, 2006.999, 2007.5, 1980, 2020]) expect(map(value)).toBe(d3(value));
    expect(map(1991.5)).toBe(8);
    expect(map(2007.5)).toBe(952);
    const invert = linearMap([8, 952], [1991.5, 2007.5]);
    for (const x of [8, 100.5, 952, 0]) expect(invert(x)).toBe(d3.invert(x));
  });
});
