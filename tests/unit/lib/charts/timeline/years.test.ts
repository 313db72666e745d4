import { describe, expect, test } from 'vitest';
import { getYearTicks, toUtcDate } from '@/lib/charts/timeline/years';

describe('toUtcDate(time)', () => {
  test('reads a fractional year as the instant that far through the UTC year', () => {
    expect(toUtcDate(1992).toISOString()).toBe('1992-01-01T00:00:00.000Z');
    expect(toUtcDate(1991.5).toISOString()).toBe('1991-07-02T12:00:00.000Z');
    expect(toUtcDate(1992.5).toISOString()).toBe('1992-07-02T00:00:00.000Z');
  });
});

describe('getYearTicks(domain, pixelsPerYear, fontSize)', () => {
  test('puts a grid line at every year boundary inside the domain, its ends included', () => {
    expect(getYearTicks([1991.5, 1995], 100, 12).boundaries).toEqual([1992, 1993, 1994, 1995]);
  });

  test('labels each year at the middle of its visible part, the partly visible first and last ones too', () => {
    expect(getYearTicks([1991.5, 1993.75], 100, 12).labels).toEqual([
      { year: 1991, at: 1991.75 },
      { year: 1992, at: 1992.5 },
      { year: 1993, at: 1993.375 },
    ]);
  });

  test('labels only years divisible by the step the label width needs, so labels keep their years while panning', () => {
    // '2000' at 12 is 30.6 wide: with its spacing it needs two years of 32.
    const { labels } = getYearTicks([1991.5, 2007.5], 32, 12);
    expect(labels.map((l) => l.year)).toEqual([1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006]);
    expect(getYearTicks([1993.2, 1999], 32, 12).labels.map((l) => l.year)).toEqual([1994, 1996, 1998]);
  });

  test('leaves out a year whose visible part is narrower than its label', () => {
    expect(getYearTicks([1991.9, 1993], 100, 12).labels.map((l) => l.year)).toEqual([1992]);
  });
});
