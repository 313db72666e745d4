import { describe, expect, test } from 'vitest';
import { getSquareCount, getSquareStep } from '@/lib/charts/united-states/squares';

describe('getSquareStep(value)', () => {
  test('picks the power of ten that gives 10 to 99 squares', () => {
    expect(getSquareStep(240000)).toBe(10000);
    expect(getSquareStep(200)).toBe(10);
    expect(getSquareStep(118e9)).toBe(1e10);
    expect(getSquareStep(7)).toBe(1);
    for (const value of [10, 99, 100, 31000, 5e12]) {
      expect(getSquareCount(value)).toBeGreaterThanOrEqual(10);
      expect(getSquareCount(value)).toBeLessThan(100);
    }
  });
});
