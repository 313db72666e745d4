import { describe, expect, test } from 'vitest';
import { createByteBudget } from '@/lib/http/byte-budget';

describe('createByteBudget({bytesPerSecond, burst})', () => {
  test('lets a burst through, then refuses with the seconds to wait, and refills with time', () => {
    let time = 0;
    const budget = createByteBudget({ bytesPerSecond: 1_000_000, burst: 2_000_000, now: () => time });
    expect(budget.take(1_000_000)).toBe(true);
    expect(budget.take(1_000_000)).toBe(true);
    expect(budget.take(1_000_000)).toBe(1);
    time += 500;
    expect(budget.take(1_000_000)).toBe(1);
    time += 500;
    expect(budget.take(1_000_000)).toBe(true);
  });

  test('small requests keep passing while a large one waits, and the bucket never holds more than the burst', () => {
    let time = 0;
    const budget = createByteBudget({ bytesPerSecond: 1_000, burst: 10_000, now: () => time });
    time += 1_000_000;
    expect(budget.take(10_000)).toBe(true);
    expect(budget.take(1)).toBe(1);
    time += 100;
    expect(budget.take(50)).toBe(true);
  });
});
