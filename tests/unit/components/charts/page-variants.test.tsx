import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { renderPageVariants } = await import('@/components/charts/page-variants');
const { clearDatasetCache, loadRows } = await import('@/lib/datasets/load');

describe('renderPageVariants', () => {
  test('draws a chart’s two layouts as markup once per language while the data stays the same', async () => {
    loadRows('website-coverage');
    const draw = vi.fn(async (width: number) => <svg width={width} />);
    const first = await renderPageVariants('coverage', 'en', draw);
    expect(first).toEqual(['<svg width="360"></svg>', '<svg width="960"></svg>']);
    expect(await renderPageVariants('coverage', 'en', draw)).toBe(first);
    expect(draw).toHaveBeenCalledTimes(2);
    await renderPageVariants('coverage', 'zh', draw);
    expect(draw).toHaveBeenCalledTimes(4);
  });

  test('draws again once the data files are read again', async () => {
    const draw = vi.fn(async (width: number) => <svg width={width} />);
    loadRows('website-coverage');
    await renderPageVariants('france', 'en', draw);
    clearDatasetCache();
    loadRows('website-coverage');
    await renderPageVariants('france', 'en', draw);
    expect(draw).toHaveBeenCalledTimes(4);
  });

  test('a failed drawing is not kept', async () => {
    loadRows('website-coverage');
    const failing = vi.fn(async () => {
      throw new Error('bad');
    });
    await expect(renderPageVariants('united-states', 'en', failing)).rejects.toThrow('bad');
    const draw = vi.fn(async (width: number) => <svg width={width} />);
    await expect(renderPageVariants('united-states', 'en', draw)).resolves.toHaveLength(2);
  });
});
