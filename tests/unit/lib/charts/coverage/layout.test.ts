import { describe, expect, test, vi } from 'vitest';
import { boxesIntersect } from '@/lib/charts/shared/box';
import type { CoverageLayout, PlacedText } from '@/lib/charts/coverage/types';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { layoutCoverage: layoutLevels } = await import('@/lib/charts/coverage/layout');
const { getCoverageLevels } = await import('@/lib/charts/coverage/labels');
const { getTranslator } = await import('@/lib/i18n/translator');

const rows = await loadFixtureRows('website-coverage');
const T = { zh: await getTranslator('zh', 'coverage'), en: await getTranslator('en', 'coverage') };
/** The chain the renderer runs: rows reshaped for a language, then laid out. */
const layoutCoverage = (data: typeof rows, { locale, ...size }: { width: number; height?: number; locale: 'zh' | 'en' }) =>
  layoutLevels(getCoverageLevels(data, locale, T[locale]), { ...size, t: T[locale] });
const HIERARCHY = ['state-council-departments', 'provinces', 'prefecture-cities', 'county-cities'];

const allTexts = (layout: CoverageLayout): PlacedText[] => [
  layout.axisTitle,
  ...layout.ticks.map((t) => t.label),
  ...layout.levels.flatMap((l) => [...l.nameLines, l.value, ...l.totalLines]),
];

describe('layoutCoverage(getCoverageLevels(rows, locale, t), {width, t})', () => {
  test('places four bars top to bottom in hierarchy order, whatever the row order', () => {
    const layout = layoutCoverage([...rows].reverse(), { width: 960, locale: 'en' });
    expect(layout.levels.map((l) => l.id)).toEqual(HIERARCHY);
    const tops = layout.levels.map((l) => l.bar.y);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });

  test('draws each bar on a full 0–100 % track, its length proportional to the share', () => {
    for (const width of [320, 360, 960, 1920]) {
      const layout = layoutCoverage(rows, { width, locale: 'en' });
      for (const level of layout.levels) {
        expect(level.bar.x).toBe(level.track.x);
        expect(level.bar.width / level.track.width).toBeCloseTo(level.share / 100, 2);
      }
      const zero = layout.ticks.find((t) => t.value === 0)!;
      const hundred = layout.ticks.find((t) => t.value === 100)!;
      expect(zero.x).toBe(layout.levels[0]!.track.x);
      expect(hundred.x).toBeCloseTo(layout.levels[0]!.track.x + layout.levels[0]!.track.width, 0);
    }
  });

  test('labels the shares with the deck’s qualifiers in each language', () => {
    expect(layoutCoverage(rows, { width: 960, locale: 'en' }).levels.map((l) => l.value.text)).toEqual(['96%', '90%', '94%', 'nearly 77%']);
    expect(layoutCoverage(rows, { width: 360, locale: 'zh' }).levels.map((l) => l.value.text)).toEqual(['96%', '90%', '94%', '将近77%']);
  });

  test('gives the deck’s total where it gives one, as stated, and derives no count from it', () => {
    const en = layoutCoverage(rows, { width: 960, locale: 'en' }).levels.map((l) => l.totalLines.map((x) => x.text).join(' '));
    expect(en).toEqual(['', '', 'out of 300+ (the deck’s count)', 'out of 2,000+ (the deck’s count)']);
    const zh = layoutCoverage(rows, { width: 960, locale: 'zh' }).levels.map((l) => l.totalLines.map((x) => x.text).join(''));
    expect(zh).toEqual(['', '', '课件所说共300多个', '课件所说共2000多个']);
  });

  test('marks each bar that has a footnote with its letter, and leaves a bar without one unmarked', () => {
    expect(layoutCoverage(rows, { width: 960, locale: 'en' }).levels.map((l) => l.marker.text)).toEqual(['', 'b', 'c', 'd']);
  });

  test('wraps the long English name of the provinces beside the bars, and stacks names above them when narrow', () => {
    const wide = layoutCoverage(rows, { width: 960, locale: 'en' });
    expect(wide.arrangement).toBe('side');
    expect(wide.levels[1]!.nameLines.length).toBeGreaterThan(1);
    const narrow = layoutCoverage(rows, { width: 360, locale: 'en' });
    expect(narrow.arrangement).toBe('stacked');
    for (const level of narrow.levels) expect(level.nameLines.at(-1)!.y).toBeLessThan(level.bar.y);
    const provinces = narrow.levels[1]!.nameLines.map((l) => l.text);
    expect(provinces).toHaveLength(2);
    expect(provinces.join(' ')).toBe('Provinces, autonomous regions and municipalities');
  });

  test.each([320, 360, 768, 960, 1440, 1920])('keeps every label inside the width and apart from the others at %i', (width) => {
    for (const locale of ['zh', 'en'] as const) {
      const layout = layoutCoverage(rows, { width, locale });
      const texts = allTexts(layout);
      for (const text of texts) {
        expect(text.box.x).toBeGreaterThanOrEqual(0);
        expect(text.box.x + text.box.width).toBeLessThanOrEqual(width);
        expect(text.box.y + text.box.height).toBeLessThanOrEqual(layout.height);
      }
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++)
          expect(boxesIntersect(texts[i]!.box, texts[j]!.box), `${texts[i]!.text} / ${texts[j]!.text}`).toBe(false);
    }
  });

  test('fills an exact image size and scales type up for wide images', () => {
    const image = layoutCoverage(rows, { width: 1920, height: 1080, locale: 'zh' });
    expect(image.height).toBe(1080);
    expect(image.fontSize).toBeGreaterThanOrEqual(24);
    expect(image.levels.at(-1)!.totalLines.at(-1)!.box.y).toBeLessThan(1080);
    const small = layoutCoverage(rows, { width: 1024, height: 300, locale: 'en' });
    expect(small.levels.at(-1)!.totalLines.at(-1)!.box.y + 14).toBeLessThanOrEqual(300);
  });
});
