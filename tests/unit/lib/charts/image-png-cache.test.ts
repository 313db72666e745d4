import { describe, expect, test } from 'vitest';
import { createPngCache, getPngKey } from '@/lib/charts/image-png-cache';

const png = (bytes: number) => new Uint8Array(bytes);

describe('createPngCache', () => {
  test('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = createPngCache({ maxEntries: 2, maxBytes: 1000 });
    cache.set('a', png(1));
    cache.set('b', png(1));
    cache.get('a');
    cache.set('c', png(1));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    expect(cache.size).toEqual({ entries: 2, bytes: 2 });
  });

  test('keeps at most maxBytes in all, and never keeps a PNG larger than that', () => {
    const cache = createPngCache({ maxEntries: 24, maxBytes: 100 });
    cache.set('a', png(40));
    cache.set('b', png(40));
    cache.set('c', png(40));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([false, true, true]);
    expect(cache.size).toEqual({ entries: 2, bytes: 80 });
    cache.set('huge', png(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size.bytes).toBe(80);
    cache.set('b', png(10));
    expect(cache.size).toEqual({ entries: 2, bytes: 50 });
  });
});

describe('getPngKey', () => {
  const options = { scale: 2, fontFiles: ['/tmp/a/NotoSansSC_400Regular-1234.ttf'], straightQuotes: false };

  test('depends on the SVG, scale, quotes and font subsets, not on the folder the fonts are in', () => {
    const key = getPngKey('<svg/>', options);
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(getPngKey('<svg/>', { ...options, fontFiles: ['/var/b/NotoSansSC_400Regular-1234.ttf'] })).toBe(key);
    for (const other of [
      getPngKey('<svg />', options),
      getPngKey('<svg/>', { ...options, scale: 3 }),
      getPngKey('<svg/>', { ...options, straightQuotes: true }),
      getPngKey('<svg/>', { ...options, fontFiles: ['/tmp/a/NotoSansSC_400Regular-5678.ttf'] }),
    ]) {
      expect(other).not.toBe(key);
    }
  });
});
