import { describe, expect, test } from 'vitest';
import { getSlideChartHeight } from '@/lib/present/slide-chart-box';

describe('getSlideChartHeight(shape, chartWidth, text)', () => {
  test('a one-line heading and source leave a 16:9 slide’s chart the rest of its height, at the slide’s width', () => {
    // 56.25 − 5.5 padding − 4.8 heading − 2.03 source = 43.92 of the 92 units' width.
    expect(getSlideChartHeight('wide', 1600, { title: 'Coverage', source: 'Source: slide 9' })).toBe(763);
    expect(getSlideChartHeight('wide', 800, { title: 'Coverage', source: 'Source: slide 9' })).toBe(381);
  });

  test('a heading and subtitle that wrap take their lines from the chart', () => {
    const title = 'Share of government bodies with a website, early 2006, in every administrative level';
    const subtitle = 'State Council departments, provinces, prefectures and counties: the share that had a website by early 2006';
    const short = getSlideChartHeight('wide', 1600, { title: 'Coverage', source: 'Source' });
    const long = getSlideChartHeight('wide', 1600, { title, subtitle, source: 'Source' });
    expect(long).toBeLessThan(short - 100);
    expect(long).toBeGreaterThan(500);
  });

  test('a 4:3 slide is narrower for its height: a taller chart for the same width', () => {
    const text = { title: '电子政务应用模式', subtitle: '政府对政府、对企业、对公众', source: '来源：王志刚课件第 30 页' };
    expect(getSlideChartHeight('square', 1100, text) / 1100).toBeGreaterThan(getSlideChartHeight('wide', 1600, text) / 1600);
  });
});
