import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/lib/fonts/chart-fonts', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/fonts/chart-fonts')>();
  return {
    ...original,
    loadChartFontFiles: () => Promise.reject(new original.ChartFontMissingError('node_modules/x/NotoSansSC_400Regular.ttf')),
  };
});
const { respondChartImage } = await import('@/delivery/image-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');

describe('GET /charts/{chart}.png without the font', () => {
  test('answers 500 saying which font is missing instead of drawing empty boxes', async () => {
    const file = `${getAvailableChartIds()[0]}.png`;
    const response = await respondChartImage(new Request(`http://localhost/charts/${file}`), file);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: string }).error).toMatch(/NotoSansSC_400Regular\.ttf.*empty boxes/);
  });
});
