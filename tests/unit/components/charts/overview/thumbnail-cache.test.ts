import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { getThumbnail } = await import('@/components/charts/overview/thumbnail-cache');
const { clearDatasetCache, loadRows } = await import('@/lib/datasets/load');
const { THEME_PALETTES } = await import('@/lib/charts/palette');

const key = (overrides = {}) => ({ chart: 'coverage', locale: 'en', palette: THEME_PALETTES.light, width: 300, height: 200, ...overrides });

describe('overview thumbnails', () => {
  test('are drawn once per chart, language, palette and size while the data stays the same', async () => {
    loadRows('website-coverage');
    const draw = vi.fn(async () => '<svg/>');
    await getThumbnail(key(), draw);
    await getThumbnail(key(), draw);
    expect(draw).toHaveBeenCalledTimes(1);
    await getThumbnail(key({ palette: THEME_PALETTES.dark }), draw);
    await getThumbnail(key({ locale: 'zh' }), draw);
    await getThumbnail(key({ width: 301 }), draw);
    expect(draw).toHaveBeenCalledTimes(4);
    clearDatasetCache();
    loadRows('website-coverage');
    await getThumbnail(key(), draw);
    expect(draw).toHaveBeenCalledTimes(5);
  });

  test('keep a bounded number, however many sizes are asked for', async () => {
    loadRows('website-coverage');
    const draw = vi.fn(async () => '<svg/>');
    for (let width = 100; width < 400; width += 1) await getThumbnail(key({ width }), draw);
    await getThumbnail(key({ width: 100 }), draw);
    expect(draw).toHaveBeenCalledTimes(301);
    await getThumbnail(key({ width: 399 }), draw);
    expect(draw).toHaveBeenCalledTimes(301);
  });
});
