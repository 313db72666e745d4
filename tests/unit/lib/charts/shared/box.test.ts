import { describe, expect, test } from 'vitest';
import { boxesIntersect } from '@/lib/charts/shared/box';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('boxesIntersect(a, b)', () => {
  test('is true where two boxes overlap, whichever comes first', () => {
    const other = { x: 25, y: 15, width: 20, height: 10 };
    expect(boxesIntersect(box, other)).toBe(true);
    expect(boxesIntersect(other, box)).toBe(true);
    expect(boxesIntersect(box, { x: 12, y: 12, width: 2, height: 2 })).toBe(true);
  });

  test('is false for boxes that only touch along an edge', () => {
    expect(boxesIntersect(box, { x: 30, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesIntersect(box, { x: 10, y: 20, width: 5, height: 5 })).toBe(false);
  });

  test('is false for boxes apart on either axis', () => {
    expect(boxesIntersect(box, { x: 40, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesIntersect(box, { x: 10, y: 40, width: 5, height: 5 })).toBe(false);
  });
});
