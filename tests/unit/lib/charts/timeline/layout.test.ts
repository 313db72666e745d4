import { describe, expect, test } from 'vitest';
import { boxesIntersect } from '@/lib/charts/shared/box';
import type { TimelineGeometry } from '@/lib/charts/timeline/geometry';
import { layoutTimeline } from '@/lib/charts/timeline/layout';
import type { TimelineInput } from '@/lib/charts/timeline/types';
import { loadTimelineInput } from './fixtures';

const inputs: Record<'zh' | 'en', TimelineInput> = { zh: await loadTimelineInput('zh'), en: await loadTimelineInput('en') };

const SIZES = [
  { width: 320 },
  { width: 360 },
  { width: 768 },
  { width: 960 },
  { width: 1440 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

function overlappingLabels(g: TimelineGeometry): string[] {
  const pairs: string[] = [];
  g.marks.forEach((a, i) =>
    g.marks.slice(i + 1).forEach((b) => {
      if (boxesIntersect(a.label, b.label)) pairs.push(`${a.id} × ${b.id}`);
    }),
  );
  return pairs;
}

describe.each(['zh', 'en'] as const)('layoutTimeline in %s', (locale) => {
  const input = inputs[locale];

  test.each(SIZES)('at $width×$height draws one mark per milestone, with no two label boxes intersecting', (size) => {
    const g = layoutTimeline(input, { ...size, locale });
    expect(g.marks.map((m) => m.id).sort()).toEqual(input.items.map((i) => i.id).sort());
    expect(g.marks).toHaveLength(20);
    expect(overlappingLabels(g)).toEqual([]);
  });

  test.each(SIZES)('at $width×$height keeps every label inside the chart', (size) => {
    const g = layoutTimeline(input, { ...size, locale });
    if ('height' in size) expect(g.height).toBe(size.height);
    for (const { label } of g.marks) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(g.width);
      expect(label.y + label.height).toBeLessThanOrEqual(g.height);
    }
  });

  test.each([768, 1440, 1920])('at width %i runs time left to right: x increases with date', (width) => {
    const g = layoutTimeline(input, { width, locale });
    expect(g.orientation).toBe('horizontal');
    const xs = input.items.map((item) => g.marks.find((m) => m.id === item.id)!.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]!);
    expect(xs[0]).toBeLessThan(xs[xs.length - 1]!);
  });

  test.each([320, 360])('at width %i runs time down the page: y increases with date, labels in date order', (width) => {
    const g = layoutTimeline(input, { width, locale });
    expect(g.orientation).toBe('vertical');
    const marks = input.items.map((item) => g.marks.find((m) => m.id === item.id)!);
    for (let i = 1; i < marks.length; i++) {
      expect(marks[i]!.y).toBeGreaterThanOrEqual(marks[i - 1]!.y);
      expect(marks[i]!.label.y).toBeGreaterThan(marks[i - 1]!.label.y);
    }
  });

  test('draws the three stages as bands in order, each named', () => {
    for (const width of [360, 960]) {
      const g = layoutTimeline(input, { width, locale });
      expect(g.bands.map((b) => b.id)).toEqual(['exploration', 'development', 'maturity']);
      expect(g.bands.map((b) => b.name.text)).toEqual(input.stages.map((s) => s.name));
    }
  });

  test('Document No. 17 sits in the development band, the notice of 1992 in exploration', () => {
    const g = layoutTimeline(input, { width: 960, locale });
    const doc17 = g.marks.find((m) => m.id === 'document-17')!;
    const band = g.bands.find((b) => b.id === 'development')!;
    expect(doc17.x).toBeGreaterThan(band.x);
    expect(doc17.x).toBeLessThan(band.x + band.width);
    const first = g.marks.find((m) => m.id === 'office-decision-system-notice')!;
    const exploration = g.bands.find((b) => b.id === 'exploration')!;
    expect(first.x).toBeGreaterThan(exploration.x);
  });

  test.each([
    [1991.5, 2007.5],
    [2001, 2004],
    [2002, 2003],
    [2002.5, 2002.75],
    [2005.5, 2006.5],
  ] as const)('zoomed to %f–%f shows only the milestones inside, labels still apart', (from, to) => {
    for (const width of [360, 960, 1440]) {
      const g = layoutTimeline(input, { width, locale, domain: [from, to] });
      const inside = input.items.filter((i) => i.time >= from && i.time <= to).map((i) => i.id);
      expect(g.marks.map((m) => m.id)).toEqual(inside);
      expect(overlappingLabels(g)).toEqual([]);
    }
  });

  test('context markers: Singapore (1981) before the axis, the US (1993) on it', () => {
    const g = layoutTimeline(input, { width: 960, locale, showContext: true });
    const singapore = g.context.find((c) => c.id === 'singapore')!;
    const us = g.context.find((c) => c.id === 'united-states')!;
    expect(singapore.outside).toBe(true);
    expect(singapore.text.text).toContain('←');
    expect(us.outside).toBe(false);
    expect(g.context.find((c) => c.id === 'france')).toBeUndefined();
  });
});
