import { describe, expect, test, vi } from 'vitest';
import { findXmlProblems } from '../lib/charts/check-xml';

vi.mock('server-only', () => ({}));
const { renderChartImage } = await import('@/delivery/image-chart');
const { getCoverageChartData } = await import('@/components/charts/coverage/data');

describe('renderChartImage', () => {
  test('escapes text from the data: a level named <script>…& stays text in a well-formed SVG', async () => {
    const rows = getCoverageChartData().map((row, index) => (index === 0 ? { ...row, level_zh: '<script>alert(1)</script> & 部门' } : row));
    const svg = (await renderChartImage({ chart: 'coverage', width: 1280, height: 720, locale: 'zh', theme: 'light', data: rows }))!;
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 部门');
    expect(findXmlProblems(svg)).toEqual([]);
  });

  test('escapes a replaced title too', async () => {
    const svg = (await renderChartImage({
      chart: 'coverage',
      width: 1024,
      height: 768,
      locale: 'en',
      theme: 'dark',
      text: { title: 'A & B <i>' },
    }))!;
    expect(svg).toContain('<title>A &amp; B &lt;i&gt;</title>');
    expect(findXmlProblems(svg)).toEqual([]);
  });

  test('every chart and the overview give a well-formed SVG of the asked size', async () => {
    const { getAvailableChartIds } = await import('@/components/charts/registry');
    for (const chart of getAvailableChartIds()) {
      const svg = (await renderChartImage({ chart, width: 1920, height: 1080, locale: 'zh', theme: 'projector' }))!;
      expect(findXmlProblems(svg), chart).toEqual([]);
      expect(svg).toContain('width="1920" height="1080" viewBox="0 0 1920 1080"');
    }
  }, 60_000);
});
