import { describe, expect, test } from 'vitest';
import { layoutLineChart, type SlideBox } from '@/lib/pptx/line-chart-layout';
import type { PptxLineChart } from '@/lib/pptx/types';

const BOX: SlideBox = { x: 0.5, y: 1.55, w: 12.333, h: 5.25 };
const overlap = (a: SlideBox, b: SlideBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (inner: SlideBox, outer: SlideBox) =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  inner.x + inner.w <= outer.x + outer.w + 1e-9 &&
  inner.y + inner.h <= outer.y + outer.h + 1e-9;

const chart = (events: PptxLineChart['events'], bands: PptxLineChart['bands'] = []): PptxLineChart => ({
  categories: Array.from({ length: 34 }, (_, i) => String(1990 + i)),
  series: [
    { name: 'China', values: [] },
    { name: 'United States', values: [] },
  ],
  numberFormat: '0"%"',
  max: 100,
  events,
  bands,
});

describe('layoutLineChart(chart, box)', () => {
  test('stacks event labels that crowd into rows above the plot, none over another', () => {
    const labels = ['Golden Projects', 'Government Online Project', 'Document No. 17', 'gov.cn', '中国政府网门户网站'];
    const { events, plot } = layoutLineChart(chart(labels.map((label, i) => ({ position: 0.1 + i * 0.03, label }))), BOX);
    expect(new Set(events.map((event) => event.label.y)).size).toBeGreaterThan(1);
    for (const [i, a] of events.entries()) {
      expect(inside(a.label, BOX)).toBe(true);
      expect(a.label.y + a.label.h).toBeLessThanOrEqual(plot.y);
      expect(a.y1).toBe(a.label.y + a.label.h);
      expect(a.y2).toBe(plot.y + plot.h);
      for (const b of events.slice(i + 1)) expect(overlap(a.label, b.label)).toBe(false);
    }
  });

  test('puts an event line where its position falls on the plot, and the plot where the chart’s manual layout says', () => {
    const { events, plot, frame, plotLayout } = layoutLineChart(chart([{ position: 0.5, label: 'gov.cn' }]), BOX);
    expect(events[0]!.x).toBeCloseTo(plot.x + plot.w / 2);
    expect(frame.x + plotLayout.x * frame.w).toBeCloseTo(plot.x);
    expect(frame.y + plotLayout.y * frame.h).toBeCloseTo(plot.y);
    expect(plotLayout.w * frame.w).toBeCloseTo(plot.w);
    expect(plotLayout.h * frame.h).toBeCloseTo(plot.h);
    expect(inside(frame, BOX)).toBe(true);
  });

  test('shades bands over the plot’s height and names them under it without overlap, even when narrow', () => {
    const bands = [
      { start: 0.07, end: 0.37, label: 'Exploration', rank: 1 },
      { start: 0.37, end: 0.39, label: 'Development', rank: 2 },
      { start: 0.39, end: 1, label: 'Maturity', rank: 3 },
    ];
    const layout = layoutLineChart(chart([], bands), BOX);
    const labels = layout.bands.map((band) => band.label);
    expect(labels.every((label) => inside(label, BOX) && label.y >= layout.frame.y + layout.frame.h)).toBe(true);
    expect(overlap(labels[0]!, labels[1]!) || overlap(labels[1]!, labels[2]!)).toBe(false);
    expect(layout.bands.every((band) => band.y === layout.plot.y && band.h === layout.plot.h)).toBe(true);
    expect(layout.bands[2]!.x + layout.bands[2]!.w).toBeCloseTo(layout.plot.x + layout.plot.w);
  });
});
