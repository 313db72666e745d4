import { describe, expect, test } from 'vitest';
import { layoutChartImage } from '@/lib/charts/image-layout';

const TEXT = { title: '截至2006年初各级政府建有网站的比例', subtitle: '自上而下按行政层级排列', source: '来源：课件第 58 页' };

describe('layoutChartImage', () => {
  test.each([
    [1920, 1080],
    [1280, 720],
    [1024, 768],
    [320, 180],
  ])('at %i×%i keeps title, chart and source inside the image without overlapping', (width, height) => {
    const layout = layoutChartImage(TEXT, { width, height });
    const titleBottom = layout.title.y + (layout.title.lines.length - 1) * layout.title.lineHeight;
    const sourceTop = layout.source.y - layout.source.fontSize;
    expect(layout.chart.x).toBeGreaterThan(0);
    expect(layout.chart.x + layout.chart.width).toBeLessThan(width);
    expect(layout.chart.y).toBeGreaterThan(titleBottom);
    expect(layout.chart.y + layout.chart.height).toBeLessThan(sourceTop);
    expect(layout.source.y + (layout.source.lines.length - 1) * layout.source.lineHeight).toBeLessThan(height);
  });

  test('scales the title with the image: larger at 1920×1080 than at 1280×720', () => {
    const big = layoutChartImage(TEXT, { width: 1920, height: 1080 });
    const small = layoutChartImage(TEXT, { width: 1280, height: 720 });
    expect(small.title.fontSize).toBe(30);
    expect(big.title.fontSize).toBe(45);
    expect(big.chart.height).toBeGreaterThan(small.chart.height);
  });

  test('wraps a long title into at most two lines, ending with an ellipsis', () => {
    const layout = layoutChartImage({ ...TEXT, title: '政府网站'.repeat(60) }, { width: 1024, height: 768 });
    expect(layout.title.lines).toHaveLength(2);
    expect(layout.title.lines[1]).toMatch(/…$/);
  });

  test('gives up the subtitle when it would leave the chart less than half the height', () => {
    expect(layoutChartImage(TEXT, { width: 1280, height: 720 }).subtitle).not.toBeNull();
    expect(layoutChartImage({ ...TEXT, subtitle: '层级'.repeat(200) }, { width: 320, height: 180 }).subtitle).toBeNull();
  });

  test('puts the notes beside the chart on a wide image, and under it (the chart taking the full width) when asked', () => {
    const notes = [{ marker: 'a', text: '课件未给出国务院部门总数。' }];
    const beside = layoutChartImage({ ...TEXT, notes }, { width: 1920, height: 1080, textSize: 'large' });
    expect(beside.notes[0]!.marker.x).toBeGreaterThan(beside.chart.x + beside.chart.width);
    const below = layoutChartImage({ ...TEXT, notes }, { width: 1920, height: 1080, textSize: 'large', notesBelow: true });
    expect(below.chart.width).toBe(1920 - 2 * below.chart.x);
    expect(below.notes[0]!.text.y).toBeGreaterThan(below.chart.y + below.chart.height);
    expect(below.chart.height).toBeLessThan(beside.chart.height);
  });
});
