import { describe, expect, test } from 'vitest';
import { clamp, round1 } from '@/lib/charts/shared/numbers';

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
