import { describe, expect, test } from 'vitest';
import { createRandom, sample, shuffle } from '@/lib/quiz/random';
import { createSeed, readSeed } from '@/lib/quiz/seed';

const draws = (seed: string, n = 5) => Array.from({ length: n }, createRandom(seed));

describe('createRandom(seed)', () => {
  test('gives the same numbers for the same seed, and other numbers for another', () => {
    expect(draws('k3x9q2')).toEqual(draws('k3x9q2'));
    expect(draws('k3x9q2')).not.toEqual(draws('k3x9q3'));
  });
  test('gives numbers in [0, 1)', () => {
    for (const value of draws('a', 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('shuffle(items, random) and sample(items, n, random)', () => {
  test('keep every item once', () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect([...shuffle(items, createRandom('s'))].sort()).toEqual(items);
    const picked = sample(items, 3, createRandom('s'));
    expect(new Set(picked).size).toBe(3);
    expect(picked.every((item) => items.includes(item))).toBe(true);
  });
});

describe('readSeed(value)', () => {
  test('reads 1–12 letters and digits, upper case as lower case', () => {
    expect(readSeed('k3x9q2')).toEqual({ status: 'ok', seed: 'k3x9q2' });
    expect(readSeed(['ABC1', 'zzz'])).toEqual({ status: 'ok', seed: 'abc1' });
  });
  test('tells a missing seed from an invalid one, quoting an invalid one shortened', () => {
    expect(readSeed(undefined)).toEqual({ status: 'missing' });
    expect(readSeed('')).toEqual({ status: 'missing' });
    expect(readSeed('no spaces')).toEqual({ status: 'invalid', given: 'no spaces' });
    expect(readSeed('x'.repeat(13)).status).toBe('invalid');
    expect(readSeed('y'.repeat(500))).toEqual({ status: 'invalid', given: `${'y'.repeat(24)}…` });
  });
  test('accepts every seed createSeed makes', () => {
    const random = createRandom('seeds');
    for (let i = 0; i < 100; i++) expect(readSeed(createSeed(random)).status).toBe('ok');
  });
});
