import { describe, expect, test } from 'vitest';
import { createPageCache, isCacheableVisit, PAGE_CACHE_FILL, type CachedPage } from '@/delivery/page-cache';

const page = (text: string, status = 200): CachedPage => ({
  status,
  headers: [['content-type', 'text/html']],
  body: new TextEncoder().encode(text),
});
const text = (cached: CachedPage) => new TextDecoder().decode(cached.body);

describe('isCacheableVisit(request)', () => {
  test('a plain visit may come from the cache; a query, a client-side navigation, a POST or the fill request may not', () => {
    expect(isCacheableVisit(new Request('http://localhost/zh/coverage'))).toBe(true);
    expect(isCacheableVisit(new Request('http://localhost/en/timeline?q=gov.cn'))).toBe(false);
    expect(isCacheableVisit(new Request('http://localhost/en/timeline', { headers: { rsc: '1' } }))).toBe(false);
    // What a browser's client-side navigation or router.refresh() looks like once Next has taken its RSC headers off.
    expect(isCacheableVisit(new Request('http://localhost/en/timeline', { headers: { 'sec-fetch-mode': 'cors' } }))).toBe(false);
    expect(isCacheableVisit(new Request('http://localhost/en/timeline', { headers: { 'sec-fetch-mode': 'navigate' } }))).toBe(true);
    expect(isCacheableVisit(new Request('http://localhost/en', { method: 'POST' }))).toBe(false);
    expect(isCacheableVisit(new Request('http://localhost/en', { headers: { [PAGE_CACHE_FILL.header]: PAGE_CACHE_FILL.value } }))).toBe(
      false,
    );
    // A visitor cannot skip the cache by guessing the header's name.
    expect(isCacheableVisit(new Request('http://localhost/en', { headers: { [PAGE_CACHE_FILL.header]: '1' } }))).toBe(true);
  });
});

describe('createPageCache()', () => {
  test('renders a page once for visits that arrive together, then serves it until the data changes', async () => {
    const cache = createPageCache();
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    const together = await Promise.all([cache.get('/zh', 'v1', render), cache.get('/zh', 'v1', render)]);
    expect(together.map(text)).toEqual(['render 1', 'render 1']);
    expect(text(await cache.get('/zh', 'v1', render))).toBe('render 1');
    expect(text(await cache.get('/zh', 'v2', render))).toBe('render 2');
    expect(cache.size.entries).toBe(1);
  });

  test('keeps only 200s, and at most its number of pages and bytes, the least recently served going first', async () => {
    const cache = createPageCache({ maxEntries: 2, maxBytes: 10 });
    await cache.get('/zh/missing', 'v1', async () => page('gone', 404));
    expect(cache.size.entries).toBe(0);
    await cache.get('/a', 'v1', async () => page('aaaa'));
    await cache.get('/b', 'v1', async () => page('bbbb'));
    await cache.get('/a', 'v1', async () => page('not again'));
    await cache.get('/c', 'v1', async () => page('cccc'));
    expect(cache.size).toEqual({ entries: 2, bytes: 8 });
    expect(text(await cache.get('/a', 'v1', async () => page('not again')))).toBe('aaaa');
    expect(text(await cache.get('/b', 'v1', async () => page('b again')))).toBe('b again');
    await cache.get('/big', 'v1', async () => page('more than ten bytes'));
    expect(cache.size.bytes).toBeLessThanOrEqual(10);
  });

  test('a render that fails is not kept, and the next visit renders again', async () => {
    const cache = createPageCache();
    await expect(cache.get('/zh', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(text(await cache.get('/zh', 'v1', async () => page('up')))).toBe('up');
  });
});
